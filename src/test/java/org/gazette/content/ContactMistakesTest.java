package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.io.IOException;
import org.gazette.testing.CheckRun;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** E-mail addresses and phone numbers of contacts must be usable by the reader who copies or taps them. */
@ExtendWith(TestSiteExtension.class)
class ContactMistakesTest {

    static final String FILE = "content/notices/a.md";

    static final String HEADER = """
            ---
            title: 通知
            date: 2022-05-24
            agencies: [kjj]
            contacts:
              - name: 王晶晶
            """;

    @Test
    void emailWithAFullWidthAtSign(TestSite site) throws IOException {
        site.write(FILE, HEADER + """
                    email: sptqkxjsj＠163.com
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 7, "contacts[1].email")
                .hasMessageContaining("全角")
                .hasHintContaining("写成 sptqkxjsj@163.com");
    }

    @Test
    void phoneWithTooFewDigits(TestSite site) throws IOException {
        site.write(FILE, HEADER + """
                    phone: "0955-88120"
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 7, "contacts[1].phone")
                .hasMessageContaining("位数不对")
                .hasHintContaining("0955-8812005");
    }

    @Test
    void phoneWithoutAreaCode(TestSite site) throws IOException {
        site.write(FILE, HEADER + """
                    phone: "8812005"
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 7, "contacts[1].phone")
                .hasMessageContaining("缺少区号")
                .hasHintContaining("加上当地区号");
    }

    @Test
    void mobileThatIsNotANumber(TestSite site) throws IOException {
        site.write(FILE, HEADER + """
                    mobile: 见正文
                ---
                """);

        assertThatProblem(site.check().onlyProblem()).isAt(FILE, 7, "contacts[1].mobile");
    }

    @Test
    void badPhoneOfAReusableContactPointsAtTheDataFile(TestSite site) throws IOException {
        site.write("data/contacts.yaml", """
                wang:
                  name: 王晶晶
                  phone: "8812005"
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("data/contacts.yaml", 3, "wang.phone");
    }
}
