package org.gazette.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gazette.content.model.ContentModel;
import org.gazette.content.model.Shape;
import org.gazette.content.text.EditorText;
import org.gazette.content.yaml.YamlNode;
import org.gazette.content.yaml.YamlReader;
import org.gazette.content.yaml.YamlSyntaxException;
import org.gazette.validation.Problem;
import org.gazette.validation.Problems;

/**
 * Reads one document's front matter into a {@link Document}: every field of the editor's contract,
 * ids resolved against {@link SiteData}, attachment files checked. All mistakes of the file are
 * reported; the document is returned only when it has none.
 */
public final class DocumentReader {

    private static final Shape DOCUMENT = ContentModel.DOCUMENT;
    private static final Shape EVENT = ContentModel.EVENT;
    private static final Shape DEADLINE = ContentModel.DEADLINE;
    private static final Shape ATTACHMENT = ContentModel.ATTACHMENT;

    private static final Pattern LOOKS_LIKE_ID = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*");

    private final Path siteRoot;
    private final SiteData data;
    private final Problems problems;

    public DocumentReader(Path siteRoot, SiteData data, Problems problems) {
        this.siteRoot = siteRoot;
        this.data = data;
        this.problems = problems;
    }

    /** The front matter and body of a document file, or null after reporting why it has none. */
    public FrontMatter split(ContentFile source) {
        String name = source.sourcePath();
        try {
            String text = SourceText.read(source.file());
            EditorText.Cleaned cleaned = EditorText.clean(text, 1);
            FrontMatter parts = FrontMatter.split(cleaned.text());
            EditorText.report(problems, name, text, cleaned, 1, parts.bodyFirstLine());
            return parts;
        } catch (SourceText.NotUtf8Exception e) {
            problems.error(name, e.line(), null, "文件不是 UTF-8 编码（可能是 GBK），无法读取",
                    "用记事本或 WPS 打开，“另存为”时编码选 UTF-8");
        } catch (FrontMatter.MissingException e) {
            problems.error(name, e.line(), null, e.getMessage(), e.hint());
        } catch (IOException e) {
            // The machine's failure (permissions, a failing disk), not a mistake in the document.
            throw org.gazette.validation.EnvironmentFailure.at("读取", source.file(), e);
        }
        return null;
    }

    /** Reads the document, or returns null when it has mistakes (all of them reported). */
    public Document read(ContentFile source) {
        FrontMatter parts = split(source);
        return parts == null ? null : read(source, parts);
    }

    /**
     * Reads the front matter of a document already split by {@link #split}, so a build reads each
     * file once; returns null when it has mistakes (all of them reported). A draft is returned even
     * with mistakes, which are then reported as warnings.
     */
    public Document read(ContentFile source, FrontMatter parts) {
        Problems.Scope scope = problems.in(source.sourcePath());
        YamlNode root;
        try {
            root = YamlReader.read(parts.yaml(), parts.yamlFirstLine());
        } catch (YamlSyntaxException e) {
            scope.error(e.line(), null, e.getMessage(), e.hint());
            return null;
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            scope.error(root.line(), null, "front matter 应是若干“字段: 值”，却是" + root.kindName(),
                    "每行写一个字段，例如 title: 关于开展2022年科技活动周的通知");
            return null;
        }
        if (isDraft(mapping)) {
            // A draft is never published, so its unfinished fields must not stop everyone else's
            // notices; the editor still sees them, as warnings.
            Problems draftProblems = new Problems();
            Document draft = bind(source, new Fields(mapping, draftProblems.in(source.sourcePath())), parts);
            for (Problem p : draftProblems.errors()) {
                problems.warning(p.file(), p.line(), p.field(), "（草稿）" + p.message(), p.hint());
            }
            return draft;
        }
        int before = problems.errorCount(source.sourcePath());
        Document document = bind(source, new Fields(mapping, scope), parts);
        return problems.errorCount(source.sourcePath()) == before ? document : null;
    }

    private static boolean isDraft(YamlNode.Mapping mapping) {
        return mapping.get("status") instanceof YamlNode.Scalar status && "draft".equals(status.text());
    }

    private Document bind(ContentFile source, Fields f, FrontMatter parts) {
        f.rejectUnknown(DOCUMENT.names());
        Placeholders.checkBody(parts.body(), parts.bodyFirstLine(), f.problems());
        DocumentType type = source.defaultType();
        String typeText = f.choice("type", List.of("notice", "plan", "page"));
        if (typeText != null) {
            type = DocumentType.valueOf(typeText.toUpperCase(java.util.Locale.ROOT));
        }
        boolean page = type == DocumentType.PAGE;
        String status = f.choice("status", List.of("published", "draft"));
        String title = f.text("title", DOCUMENT.required("title", page));
        LocalDate date = f.date("date", DOCUMENT.required("date", page));
        LocalDate written = f.date("written", false);
        if (date != null && written != null && written.isAfter(date)) {
            f.problems().error(f.lineOf("written"), "written", "成文日期 " + written + " 晚于发布日期 " + date,
                    "核对原文：成文日期不能晚于发布日期 date");
        }
        LocalDate updated = f.date("updated", false);
        if (date != null && updated != null && updated.isBefore(date)) {
            f.problems().error(f.lineOf("updated"), "updated", "更新日期 " + updated + " 早于发布日期 " + date,
                    "updated 写发布后改动内容的那一天，不能早于 date；没有改动过就删掉这一行");
        }
        List<Agency> agencies = lookUp(f, "agencies", DOCUMENT.required("agencies", page), data.agencies(), "data/agencies.yaml");
        List<Campaign> campaigns = lookUp(f, "campaign", DOCUMENT.required("campaign", page), data.campaigns(), "data/campaigns.yaml");
        String validityText = f.choice("validity", List.of("valid", "expired", "repealed"));
        Validity validity = validityText == null ? Validity.VALID : Validity.valueOf(validityText.toUpperCase(java.util.Locale.ROOT));
        LocalDate validUntil = f.date("valid_until", false);
        if (validUntil != null && date != null && validUntil.isBefore(date)) {
            f.problems().error(f.lineOf("valid_until"), "valid_until", "有效期截止日 " + validUntil + " 早于发布日期 " + date,
                    "核对日期，valid_until 应晚于 date");
        }
        List<ScheduleItem> schedule = schedule(f);
        List<Deadline> deadlines = deadlines(f);
        List<Contact> contacts = contacts(f);
        List<Attachment> attachments = attachments(f, source);
        List<String> topics = f.texts("topics", false);
        new TopicClassification(data.site().identity().topics()).check(f, topics);
        // The remaining fields are read in this order so their problems are listed as before.
        return Document.builder().from(source).type(type).draft("draft".equals(status))
                .title(title).date(date).written(written).updated(updated).agencies(agencies)
                .docNumber(f.text("doc_number", false)).indexNumber(f.text("index_number", false))
                .campaigns(campaigns).themes(f.texts("themes", false)).topics(topics).keywords(f.texts("keywords", false))
                .validity(validity).validUntil(validUntil).summary(f.text("summary", false))
                .schedule(schedule).deadlines(deadlines).contacts(contacts).attachments(attachments)
                .bodyFirstLine(parts.bodyFirstLine())
                .build();
    }

    private <T> List<T> lookUp(Fields f, String key, boolean required, Map<String, T> known, String dataFile) {
        List<T> found = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String id : f.texts(key, required)) {
            T value = known.get(id);
            if (!seen.add(id)) {
                f.problems().error(f.lineOf(key), key, "“" + id + "”写了两次", "每个编号只写一次");
            } else if (value != null) {
                found.add(value);
            } else if (id.matches(".*[,，、\\s].*")) {
                f.problems().error(f.lineOf(key), key, "“" + id + "”像是把几个编号写在了一起",
                        "几个编号写成列表，用方括号和半角逗号：" + key + ": [" + String.join(", ", id.split("[,，、\\s]+")) + "]");
            } else if (!data.isUnreadable(dataFile, id)) {
                // When the data file itself could not be read, its error is reported once, not here.
                f.problems().error(f.lineOf(key), key, "“" + id + "”不在 " + dataFile + " 中", idHint(id, known.keySet(), dataFile));
            }
        }
        return found;
    }

    private static String idHint(String id, Set<String> known, String dataFile) {
        for (String candidate : known.stream().sorted().toList()) {
            String how = LookAlike.fold(candidate).equals(LookAlike.fold(id)) ? LookAlike.difference(id, candidate) : null;
            if (how != null) {
                return "是不是想写 " + candidate + "？" + how;
            }
        }
        String best = known.stream().min(Comparator.comparingInt(k -> Fields.distance(id, k))).orElse(null);
        if (best != null && Fields.distance(id, best) <= Math.max(2, best.length() / 3)) {
            return "是不是想写 " + best + "？如果是新的一项，请先在 " + dataFile + " 中添加";
        }
        if (known.isEmpty()) {
            return "先在 " + dataFile + " 中添加这一项";
        }
        List<String> sorted = known.stream().sorted().limit(12).toList();
        return "可用的编号有：" + String.join("、", sorted) + (known.size() > 12 ? " 等" : "") + "；或先在 " + dataFile + " 中添加";
    }

    private List<ScheduleItem> schedule(Fields f) {
        List<ScheduleItem> items = new ArrayList<>();
        List<YamlNode.Mapping> nodes = f.mappings("schedule");
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == null) {
                continue;
            }
            Fields item = new Fields(nodes.get(i), f.problems().field("schedule[" + (i + 1) + "]"));
            item.rejectUnknown(EVENT.names());
            String title = item.text("title", EVENT.required("title"));
            Moment start = item.has("start") || !item.has("when") ? item.moment("start", EVENT.required("start")) : missingStart(item);
            Moment end = item.moment("end", false);
            if (start != null && end != null && endsBefore(end, start)) {
                item.problems().error(item.lineOf("end"), "end", "结束时间 " + end + " 早于开始时间 " + start,
                        "核对原文：end 不能早于 start；只有一天的活动可以不写 end");
            }
            List<Organizer> organizers = organizers(item);
            String participants = String.join("、", item.texts("participants", false));
            if (title != null && start != null) {
                items.add(new ScheduleItem(title, start, end, item.text("when", false), item.text("location", false),
                        organizers, participants.isEmpty() ? null : participants, item.text("description", false),
                        item.line()));
            }
        }
        // Stable sort: activities with the same start keep the order of the source text.
        items.sort(Comparator.comparing(ScheduleItem::start));
        return items;
    }

    /**
     * An activity known only by wording such as 5月中旬 still needs machine dates to be sorted and put
     * in calendars; the message says so instead of the bare "start is missing".
     */
    private static Moment missingStart(Fields item) {
        String when = item.text("when", false);
        if (when == null) {
            return item.moment("start", EVENT.required("start"));
        }
        item.problems().error(item.line(), "start", "缺少必填字段 start：只写了 when（“" + when + "”）",
                "在 start 写大致的开始日期（有结束日期再写 end），例如 start: 2022-05-11 和 end: 2022-06-10；"
                        + "“" + when + "”保留在 when，页面上照原文显示");
        return null;
    }

    private static boolean endsBefore(Moment end, Moment start) {
        if (end.date().isBefore(start.date())) {
            return true;
        }
        return end.date().equals(start.date()) && end.hasTime() && start.hasTime() && end.time().isBefore(start.time());
    }

    private List<Organizer> organizers(Fields item) {
        List<Organizer> organizers = new ArrayList<>();
        for (String name : item.texts("organizers", false)) {
            Agency agency = data.agencies().get(name);
            if (agency != null) {
                organizers.add(new Organizer(agency.name(), agency));
            } else if (data.isUnreadable("data/agencies.yaml", name)) {
                continue;
            } else if (LOOKS_LIKE_ID.matcher(name).matches()) {
                item.problems().error(item.lineOf("organizers"), "organizers", "“" + name + "”像是机构编号，但不在 data/agencies.yaml 中",
                        idHint(name, data.agencies().keySet(), "data/agencies.yaml") + "；不是发布机构的单位请直接写中文名称");
            } else {
                organizers.add(new Organizer(name, null));
            }
        }
        return organizers;
    }

    private List<Deadline> deadlines(Fields f) {
        List<Deadline> items = new ArrayList<>();
        List<YamlNode.Mapping> nodes = f.mappings("deadlines");
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == null) {
                continue;
            }
            Fields item = new Fields(nodes.get(i), f.problems().field("deadlines[" + (i + 1) + "]"));
            item.rejectUnknown(DEADLINE.names());
            String title = item.text("title", DEADLINE.required("title"));
            Moment due = item.due("due", DEADLINE.required("due"));
            if (title != null && due != null) {
                items.add(new Deadline(title, due, item.text("submit_to", false), item.texts("materials", false), item.line()));
            }
        }
        items.sort(Comparator.comparing(Deadline::due));
        return items;
    }

    private List<Contact> contacts(Fields f) {
        List<Contact> items = new ArrayList<>();
        List<YamlNode.Mapping> nodes = f.mappings("contacts");
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == null) {
                continue;
            }
            Fields item = new Fields(nodes.get(i), f.problems().field("contacts[" + (i + 1) + "]"));
            if (item.has("ref")) {
                item.rejectUnknown(ContentModel.CONTACT_REF.names());
                String ref = item.text("ref", ContentModel.CONTACT_REF.required("ref"));
                Contact contact = data.contacts().get(ref);
                if (contact == null && ref != null && !data.isUnreadable("data/contacts.yaml", ref)) {
                    item.problems().error(item.lineOf("ref"), "ref", "“" + ref + "”不在 data/contacts.yaml 中",
                            idHint(ref, data.contacts().keySet(), "data/contacts.yaml"));
                } else if (contact != null) {
                    items.add(contact);
                }
            } else {
                Contact contact = ContactReader.read(item, null);
                if (contact.name() != null) {
                    items.add(contact);
                }
            }
        }
        return items;
    }

    private List<Attachment> attachments(Fields f, ContentFile source) {
        List<Attachment> items = new ArrayList<>();
        List<YamlNode.Mapping> nodes = f.mappings("attachments");
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == null) {
                continue;
            }
            Fields item = new Fields(nodes.get(i), f.problems().field("attachments[" + (i + 1) + "]"));
            item.rejectUnknown(ATTACHMENT.names());
            String title = item.text("title", ATTACHMENT.required("title"));
            String file = item.text("file", false);
            String url = item.text("url", false);
            boolean table = item.flag("table");
            int kinds = (file != null ? 1 : 0) + (url != null ? 1 : 0) + (table ? 1 : 0);
            if (kinds == 0) {
                item.problems().error(item.line(), null, "附件既没有 file，也没有 url 或 table",
                        "文件放在文档文件夹里并写 file: 文件名；外部地址写 url: https://…；正文中的表格写 table: true");
            } else if (kinds > 1) {
                item.problems().error(item.line(), null, "一个附件只能写 file、url、table 中的一个",
                        "分成几个附件，或删除多余的字段");
            }
            if (file != null) {
                file = file.replace('\\', '/');
                String onDisk = checkFile(item, source, file);
                file = onDisk != null ? onDisk : file;
            }
            if (url != null && !url.matches("(?i)https?://[^\\s]+")) {
                item.problems().error(item.lineOf("url"), "url", "“" + url + "”不是完整的网址",
                        "写成以 https:// 或 http:// 开头的地址；本站文件请放进文档文件夹并用 file");
            }
            if (title != null) {
                items.add(new Attachment(title, file, url, table, item.text("description", false), item.flag("original"),
                        item.line()));
            }
        }
        return items;
    }

    /** Checks an attachment's file; returns its name as it is on disk, or null after reporting why not. */
    private String checkFile(Fields item, ContentFile source, String file) {
        int line = item.lineOf("file");
        Problems.Scope p = item.problems();
        if (source.bundle() == null) {
            p.error(line, "file", "单个 .md 文件的文档不能带附件文件",
                    "把文档改成文件夹：新建文件夹 " + source.file().getFileName().toString().replaceFirst("\\.md$", "")
                            + "/，把 .md 改名为 index.md 放进去，附件放在同一文件夹");
            return null;
        }
        if (file.startsWith("/") || file.matches("[A-Za-z]:.*")) {
            p.error(line, "file", "附件路径“" + file + "”是绝对路径", "只写文档文件夹里的文件名，例如 file: 附件1 统计表.xlsx");
            return null;
        }
        String active = ActiveFiles.extension(file);
        if (active != null) {
            p.error(line, "file", ActiveFiles.message(file, active), ActiveFiles.hint(active));
            return null;
        }
        Path bundle = source.bundle();
        Path target = bundle.resolve(file).normalize();
        if (!target.startsWith(bundle) || target.equals(bundle)) {
            p.error(line, "file", "附件路径“" + file + "”指向了文档文件夹之外",
                    "把文件复制到文档文件夹（" + siteRoot.relativize(bundle).toString().replace('\\', '/') + "/）里，再只写文件名");
            return null;
        }
        for (Path cursor = bundle, rest = bundle.relativize(target); rest != null; ) {
            cursor = cursor.resolve(rest.getName(0));
            if (Files.isSymbolicLink(cursor)) {
                p.error(line, "file", "附件“" + file + "”是符号链接，出于安全原因不会发布", "放入真实文件，而不是链接");
                return null;
            }
            rest = rest.getNameCount() > 1 ? rest.subpath(1, rest.getNameCount()) : null;
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Path sameName = SimilarFiles.sameNameInAnotherForm(target);
            if (sameName == null) {
                p.error(line, "file", "找不到附件文件“" + file + "”", SimilarFiles.hint(target, bundle, siteRoot));
                return null;
            }
            // Saved on a Mac (NFD) and typed on Windows (NFC): the same name, so it is simply the file.
            target = sameName;
            file = bundle.relativize(target).toString().replace('\\', '/');
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            p.error(line, "file", "“" + file + "”不是文件（可能是文件夹）", "写出文件夹里具体的文件名");
            return null;
        }
        if (!Files.isReadable(target)) {
            // The server's permissions, not the editor's text: exit 3 like any other unreadable source.
            throw org.gazette.validation.EnvironmentFailure.of("读取", target,
                    new java.nio.file.AccessDeniedException(target.toString()));
        }
        try {
            FileSignatures.Finding finding = FileSignatures.check(target, file);
            if (finding != null) {
                p.error(line, "file", finding.message(), finding.hint());
            }
        } catch (IOException e) {
            throw org.gazette.validation.EnvironmentFailure.at("读取", target, e);
        }
        return file;
    }

}
