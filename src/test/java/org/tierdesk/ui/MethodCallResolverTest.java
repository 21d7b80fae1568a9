package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tierdesk.ticket.entity.Priority;

/** The cached method calls of views, on the EL implementation Payara ships (Expressly 5). */
class MethodCallResolverTest {

  /** A view row as the views use them: a record with accessors and a few helper methods. */
  public record Row(String subject, long number) {

    public String times(int count) {
      return subject.repeat(count);
    }

    public String describe(Priority priority, long extra) {
      return subject + ":" + priority.name() + ":" + (number + extra);
    }

    public String pick(String value) {
      return "string " + value;
    }

    public String pick(Integer value) {
      return "integer " + value;
    }

    public String fail() {
      throw new IllegalStateException("broken row");
    }
  }

  private final MethodCallResolver resolver = new MethodCallResolver();
  private ELProcessor el;
  private ELContext context;

  @BeforeEach
  void setUp() {
    el = new ELProcessor();
    el.getELManager().addELResolver(resolver);
    el.defineBean("row", new Row("ab", 41));
    context = el.getELManager().getELContext();
  }

  @Test
  void callsAnAccessorOfAnOwnTypeItself() {
    assertThat((Object) el.eval("row.subject()")).isEqualTo("ab");

    Object result = resolver.invoke(context, new Row("cd", 1), "subject", null, new Object[0]);

    assertThat(result).isEqualTo("cd");
    assertThat(context.isPropertyResolved()).isTrue();
  }

  @Test
  void coercesArgumentsAsTheStandardResolverDoes() {
    assertThat((Object) el.eval("row.times(3)")).isEqualTo("ababab");
    assertThat((Object) el.eval("row.times('2')")).isEqualTo("abab");
    assertThat((Object) el.eval("row.describe('HIGH', 1)")).isEqualTo("ab:HIGH:42");
    assertThat((Object) el.eval("row.times(null)")).isEqualTo("");
  }

  @Test
  void looksAMethodUpOnceAndThenReusesIt() {
    Row row = new Row("x", 1);

    // Class.getMethods() hands out new Method objects on every call: the same instance twice
    // means the second call did not look the method up again.
    assertThat(MethodCallResolver.lookUp(row, "times", 1))
        .isNotNull()
        .isSameAs(MethodCallResolver.lookUp(new Row("y", 2), "times", 1));
  }

  @Test
  void leavesOverloadsToTheStandardResolver() {
    context.setPropertyResolved(false);

    assertThat(resolver.invoke(context, new Row("x", 1), "pick", null, new Object[] {"a"}))
        .isNull();
    assertThat(context.isPropertyResolved()).isFalse();
    assertThat((Object) el.eval("row.pick('a')")).isEqualTo("string a");
  }

  @Test
  void leavesOtherTypesAndLambdasToTheStandardResolvers() {
    context.setPropertyResolved(false);

    assertThat(resolver.invoke(context, "text", "length", null, new Object[0])).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
    assertThat((Object) el.eval("'text'.length()")).isEqualTo(4);
    assertThat((Object) el.eval("[1, 2, 3].stream().map(x -> x * 2).toList()"))
        .asList()
        .containsExactly(2L, 4L, 6L);
  }

  @Test
  void reportsWhatTheMethodThrewAsTheStandardResolverDoes() {
    assertThatThrownBy(() -> el.eval("row.fail()"))
        .isInstanceOf(ELException.class)
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("broken row");
  }
}
