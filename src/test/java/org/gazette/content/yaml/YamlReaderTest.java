package org.gazette.content.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** YAML read into a tree that knows the file line of every field; the usual slips are named plainly. */
class YamlReaderTest {

    private static YamlNode.Mapping read(String yaml) throws YamlSyntaxException {
        return (YamlNode.Mapping) YamlReader.read(yaml, 2);
    }

    private static YamlSyntaxException failure(String yaml) {
        return catchThrowableOfType(YamlSyntaxException.class, () -> YamlReader.read(yaml, 2));
    }

    @Test
    void keepsTheFileLineOfEveryField() throws YamlSyntaxException {
        YamlNode.Mapping root = read("title: 通知\nschedule:\n  - title: 启动仪式\n    start: 2022-05-24\n");

        assertThat(root.entries().get("title").keyLine()).isEqualTo(2);
        YamlNode.Sequence schedule = (YamlNode.Sequence) root.get("schedule");
        YamlNode.Mapping item = (YamlNode.Mapping) schedule.items().get(0);
        assertThat(item.line()).isEqualTo(4);
        assertThat(item.entries().get("start").keyLine()).isEqualTo(5);
    }

    @Test
    void keepsScalarsAsWritten() throws YamlSyntaxException {
        YamlNode.Mapping root = read("phone: 0955\nyear: 2022\nflag: yes\ndate: 2022-05-24\n");

        assertThat(root.get("phone")).isEqualTo(new YamlNode.Scalar("0955", 2));
        assertThat(((YamlNode.Scalar) root.get("year")).text()).isEqualTo("2022");
        assertThat(((YamlNode.Scalar) root.get("flag")).text()).isEqualTo("yes");
        assertThat(((YamlNode.Scalar) root.get("date")).text()).isEqualTo("2022-05-24");
    }

    @Test
    void emptyTextIsAnEmptyMapping() throws YamlSyntaxException {
        assertThat(read("").entries()).isEmpty();
    }

    @Test
    void namesAFullWidthColonAfterAnEnglishFieldName() {
        YamlSyntaxException e = failure("title: 通知\n  - title：启动仪式\n");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("字段“title”后面用了中文全角冒号“：”");
    }

    @Test
    void namesAFullWidthColonAfterAChineseFieldName() {
        YamlSyntaxException e = failure("date: 2022-05-24\n标题：关于开展科技活动周的通知\nagencies: [kjj]\n");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("字段“标题”后面用了中文全角冒号“：”");
        assertThat(e.hint()).contains("标题: 值");
    }

    @Test
    void acceptsFullWidthColonsInsideValues() throws YamlSyntaxException {
        YamlNode.Mapping root = read("title: 附件1：统计表\nmaterials:\n- 附件2：统计表\n- 说明：见正文\n");

        assertThat(((YamlNode.Scalar) root.get("title")).text()).isEqualTo("附件1：统计表");
        assertThat(((YamlNode.Sequence) root.get("materials")).items()).hasSize(2);
    }

    @Test
    void namesTabIndentation() {
        YamlSyntaxException e = failure("agencies:\n\t- kjj\n");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("Tab");
    }

    @Test
    void namesAMissingSpaceAfterTheColon() {
        YamlSyntaxException e = failure("title: 通知\ndate:2022-05-24\n");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("“date”的冒号后面缺少空格");
    }

    @Test
    void acceptsAColonInsideAnAddressOrATime() throws YamlSyntaxException {
        YamlNode.Mapping root = read("url: https://www.most.gov.cn/\nstart: 2022-05-24 09:30\n");

        assertThat(root.entries()).containsOnlyKeys("url", "start");
    }

    @Test
    void namesADuplicateFieldAndWhereItFirstAppeared() {
        YamlSyntaxException e = failure("title: 通知\ndate: 2022-05-24\ntitle: 通知\n");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("第一次在第 2 行");
    }

    @Test
    void explainsAValueThatNeedsQuotes() {
        YamlSyntaxException e = failure("title: 关于: 通知\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.hint()).contains("引号");
    }

    @Test
    void explainsAnUnclosedBracket() {
        assertThatThrownBy(() -> YamlReader.read("agencies: [kjj, kx\n", 2))
                .isInstanceOfSatisfying(YamlSyntaxException.class, e -> assertThat(e.getMessage()).contains("方括号"));
    }

    @Test
    void readsTheWordsForNoValueAsNoValue() throws YamlSyntaxException {
        YamlNode.Mapping root = read("a: ~\nb: null\nc: Null\nd: Nul\ne:\n");

        assertThat(root.get("a")).isEqualTo(new YamlNode.Scalar(null, 2));
        assertThat(root.get("b")).isEqualTo(new YamlNode.Scalar(null, 3));
        assertThat(root.get("c")).isEqualTo(new YamlNode.Scalar(null, 4));
        assertThat(root.get("d")).isEqualTo(new YamlNode.Scalar("Nul", 5));
        assertThat(root.get("e")).isEqualTo(new YamlNode.Scalar("", 6));
    }

    @Test
    void readsTagsAnchorsAndAliasesAsTheTextWritten() throws YamlSyntaxException {
        YamlNode.Mapping root = read("a: !!str 0955\nb: &x 1\nc: *x\nd: !!null x\n");

        assertThat(root.get("a")).isEqualTo(new YamlNode.Scalar("0955", 2));
        assertThat(root.get("b")).isEqualTo(new YamlNode.Scalar("1", 3));
        assertThat(root.get("c")).isEqualTo(new YamlNode.Scalar("x", 4));
        assertThat(root.get("d")).isEqualTo(new YamlNode.Scalar(null, 5));
    }

    @Test
    void readsDeeplyNestedLists() throws YamlSyntaxException {
        YamlNode node = read("a: " + "[".repeat(80) + "x" + "]".repeat(80) + "\n").get("a");

        for (int depth = 0; depth < 80; depth++) {
            node = ((YamlNode.Sequence) node).items().get(0);
        }
        assertThat(node).isEqualTo(new YamlNode.Scalar("x", 2));
    }

    @Test
    void namesAListWrittenWhereAFieldNameBelongs() {
        YamlSyntaxException e = failure("title: 通知\n[a, b]: c\n");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("YAML 格式错误（第 2 列；Expected a field name");
    }

    @Test
    void namesASecondDocumentAtItsLine() {
        YamlSyntaxException e = failure("title: 通知\n---\ndate: 2022-05-24\n");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).isEqualTo("这里多了一行 ---，YAML 只能有一段");
    }

    @Test
    void namesAListItemTakenForACommentAtItsLine() {
        YamlSyntaxException e = failure("title: 通知\nthemes:\n  - 科普\n  - #科技周\n");

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).startsWith("这一列表项的值以 # 开头（第 5 列）");
    }
}
