-- Every installation starts with three support lines and a basic category tree. Both are
-- configuration: admins rename, add or remove them; nothing in the code depends on the count.

INSERT INTO support_line (id, code, tier, name_en, name_ru, description, next_line_id, version)
VALUES (3, 'L3', 3, 'Line 3 - Engineering', '3-я линия - инженеры',
        'Engineers and developers: root causes and changes to the systems', NULL, 0);
INSERT INTO support_line (id, code, tier, name_en, name_ru, description, next_line_id, version)
VALUES (2, 'L2', 2, 'Line 2 - Specialists', '2-я линия - специалисты',
        'Complex cases that need logs, configuration and specialist knowledge', 3, 0);
INSERT INTO support_line (id, code, tier, name_en, name_ru, description, next_line_id, version)
VALUES (1, 'L1', 1, 'Line 1 - Service desk', '1-я линия - служба поддержки',
        'Registers requests, does first diagnosis and gives basic instructions', 2, 0);

INSERT INTO category (id, code, name_en, name_ru, parent_id, active, version) VALUES
    (1, 'ACCESS', 'Accounts and access', 'Учётные записи и доступ', NULL, TRUE, 0),
    (2, 'HARDWARE', 'Hardware', 'Оборудование', NULL, TRUE, 0),
    (3, 'SOFTWARE', 'Software', 'Программы', NULL, TRUE, 0),
    (4, 'NETWORK', 'Network and VPN', 'Сеть и VPN', NULL, TRUE, 0),
    (5, 'EMAIL', 'E-mail and calendar', 'Почта и календарь', NULL, TRUE, 0),
    (6, 'PRINTING', 'Printing', 'Печать', 2, TRUE, 0),
    (7, 'OTHER', 'Other', 'Другое', NULL, TRUE, 0);

-- Sequences continue above the seeded ids.
ALTER SEQUENCE support_line_seq RESTART WITH 150;
ALTER SEQUENCE category_seq RESTART WITH 150;
