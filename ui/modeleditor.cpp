// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeleditor.h"

#include "formatting.h"
#include "projectdocument.h"

#include "doc/docio.h"
#include "steps/validation/jsonschema.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

namespace gw::ui {

namespace {

/// Undo merge id of the schema text (the resource editors' range is 2000-2999).
constexpr int kSchemaMerge = 2400;
constexpr int kPauseMs = 400;
const QLatin1StringView kRefPrefix("#/components/schemas/");

/// The JSON Schema draft 4 meta-schema (json-schema.org/draft-04/schema) without its `id` and `$schema`, so that
/// its `#` references resolve within it.
const char kDraft4MetaSchema[] = R"({
  "definitions": {
    "schemaArray": {"type": "array", "minItems": 1, "items": {"$ref": "#"}},
    "positiveInteger": {"type": "integer", "minimum": 0},
    "positiveIntegerDefault0": {"allOf": [{"$ref": "#/definitions/positiveInteger"}, {"default": 0}]},
    "simpleTypes": {"enum": ["array", "boolean", "integer", "null", "number", "object", "string"]},
    "stringArray": {"type": "array", "items": {"type": "string"}, "minItems": 1, "uniqueItems": true}
  },
  "type": "object",
  "properties": {
    "id": {"type": "string"},
    "$schema": {"type": "string"},
    "title": {"type": "string"},
    "description": {"type": "string"},
    "default": {},
    "multipleOf": {"type": "number", "minimum": 0, "exclusiveMinimum": true},
    "maximum": {"type": "number"},
    "exclusiveMaximum": {"type": "boolean", "default": false},
    "minimum": {"type": "number"},
    "exclusiveMinimum": {"type": "boolean", "default": false},
    "maxLength": {"$ref": "#/definitions/positiveInteger"},
    "minLength": {"$ref": "#/definitions/positiveIntegerDefault0"},
    "pattern": {"type": "string"},
    "additionalItems": {"anyOf": [{"type": "boolean"}, {"$ref": "#"}], "default": {}},
    "items": {"anyOf": [{"$ref": "#"}, {"$ref": "#/definitions/schemaArray"}], "default": {}},
    "maxItems": {"$ref": "#/definitions/positiveInteger"},
    "minItems": {"$ref": "#/definitions/positiveIntegerDefault0"},
    "uniqueItems": {"type": "boolean", "default": false},
    "maxProperties": {"$ref": "#/definitions/positiveInteger"},
    "minProperties": {"$ref": "#/definitions/positiveIntegerDefault0"},
    "required": {"$ref": "#/definitions/stringArray"},
    "additionalProperties": {"anyOf": [{"type": "boolean"}, {"$ref": "#"}], "default": {}},
    "definitions": {"type": "object", "additionalProperties": {"$ref": "#"}, "default": {}},
    "properties": {"type": "object", "additionalProperties": {"$ref": "#"}, "default": {}},
    "patternProperties": {"type": "object", "additionalProperties": {"$ref": "#"}, "default": {}},
    "dependencies": {"type": "object", "additionalProperties": {"anyOf": [{"$ref": "#"}, {"$ref": "#/definitions/stringArray"}]}},
    "enum": {"type": "array", "minItems": 1, "uniqueItems": true},
    "type": {"anyOf": [{"$ref": "#/definitions/simpleTypes"},
                       {"type": "array", "items": {"$ref": "#/definitions/simpleTypes"}, "minItems": 1, "uniqueItems": true}]},
    "format": {"type": "string"},
    "allOf": {"$ref": "#/definitions/schemaArray"},
    "anyOf": {"$ref": "#/definitions/schemaArray"},
    "oneOf": {"$ref": "#/definitions/schemaArray"},
    "not": {"$ref": "#"}
  },
  "dependencies": {"exclusiveMaximum": ["maximum"], "exclusiveMinimum": ["minimum"]},
  "default": {}
})";

const JsonSchema *metaSchema()
{
    static const std::shared_ptr<const JsonSchema> schema = [] {
        QString error;
        auto compiled = JsonSchema::compile(QJsonDocument::fromJson(kDraft4MetaSchema).object(), &error);
        if (!compiled)
            qWarning("draft-04 meta-schema does not compile: %s", qPrintable(error));
        return compiled;
    }();
    return schema.get();
}

/// The line of the node a JSON pointer names, or of its deepest existing ancestor.
int lineOf(const doc::Node &root, const QString &pointer)
{
    const doc::Node *at = &root;
    int line = std::max(root.line(), 1);
    for (QString token : pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        token.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        const doc::Node *next = nullptr;
        if (at->isMapping()) {
            next = at->find(token);
        } else if (at->isSequence()) {
            bool ok = false;
            const int i = token.toInt(&ok);
            if (ok && i >= 0 && i < int(at->items().size()))
                next = &at->items()[size_t(i)];
        }
        if (!next)
            break;
        at = next;
        if (at->line() > 0)
            line = at->line();
    }
    return line;
}

/// Calls `visit` for every "$ref" string member under `node` (mutable).
void forEachRef(doc::Node &node, const std::function<void(doc::Node &)> &visit)
{
    if (node.isMapping()) {
        for (auto &member : node.members()) {
            if (member.first == QLatin1String("$ref") && member.second.isString())
                visit(member.second);
            else
                forEachRef(member.second, visit);
        }
    } else if (node.isSequence()) {
        for (doc::Node &item : node.items())
            forEachRef(item, visit);
    }
}

void collectRefs(const doc::Node &node, QList<const doc::Node *> *out)
{
    if (node.isMapping()) {
        for (const auto &member : node.members()) {
            if (member.first == QLatin1String("$ref") && member.second.isString())
                out->append(&member.second);
            else
                collectRefs(member.second, out);
        }
    } else if (node.isSequence()) {
        for (const doc::Node &item : node.items())
            collectRefs(item, out);
    }
}

/// The model a reference names ("#/components/schemas/NAME", or AWS's model URL), or an empty string.
QString referencedModel(const QString &ref)
{
    static const QRegularExpression awsUrl(QStringLiteral("^https://apigateway\\.amazonaws\\.com/restapis/[^/]+/models/([^/#]+)$"));
    if (ref.startsWith(kRefPrefix))
        return ref.mid(kRefPrefix.size()).section(QLatin1Char('/'), 0, 0);
    const QRegularExpressionMatch m = awsUrl.match(ref);
    return m.hasMatch() ? m.captured(1) : QString();
}

/// Whether `node` (an operation body) refers to model `name` anywhere.
bool refersTo(const doc::Node &node, const QString &name)
{
    QList<const doc::Node *> refs;
    collectRefs(node, &refs);
    for (const doc::Node *ref : refs) {
        if (referencedModel(ref->toString()) == name)
            return true;
    }
    return false;
}

/// Where a body or response of `op` uses model `name`: "request body", "response 200", ...
QStringList usagesIn(const model::Operation &op, const QString &name)
{
    QStringList where;
    if (refersTo(op.body[u"requestBody"], name))
        where.append(ModelEditor::tr("request body"));
    for (const auto &[status, response] : op.body[u"responses"].members()) {
        if (refersTo(response, name))
            where.append(ModelEditor::tr("response %1").arg(status));
    }
    return where;
}

model::Api *findApi(model::Project &project, const QString &id)
{
    for (model::Api &api : project.apis) {
        if (api.id == id)
            return &api;
    }
    return nullptr;
}

} // namespace

QList<ModelEditor::Problem> ModelEditor::check(const QString &text, const model::Api &api, const QString &name,
                                               doc::Node *parsed)
{
    QList<Problem> problems;
    const doc::ParseResult result = doc::parseJson(text.toUtf8());
    if (!result.ok()) {
        problems.append({std::max(result.error->line, 1), tr("JSON syntax: %1").arg(result.error->message)});
        return problems;
    }
    const doc::Node &root = result.root;
    if (!root.isMapping()) {
        problems.append({std::max(root.line(), 1),
                         tr("A model is a JSON object (a JSON Schema draft 4 document); this is a %1.")
                             .arg(QString::fromLatin1(root.kindName()))});
        return problems;
    }
    if (parsed)
        *parsed = root;

    // What draft 4 allows, checked with valijson against the meta-schema.
    const QJsonValue schemaJson = root.toJson();
    if (const JsonSchema *meta = metaSchema()) {
        QSet<QString> seen;
        for (const SchemaViolation &v : meta->violations(schemaJson)) {
            if (seen.contains(v.pointer))
                continue;
            seen.insert(v.pointer);
            const QString where = v.pointer.isEmpty() ? tr("The schema") : QStringLiteral("%1").arg(v.pointer);
            QString message;
            if (v.pointer.endsWith(QLatin1String("/type")) && (v.keyword == QLatin1String("anyOf")
                                                                || v.keyword == QLatin1String("enum")))
                message = tr("%1: a type is one of array, boolean, integer, null, number, object, string (or a list of "
                             "them).")
                              .arg(where);
            else
                message = tr("%1 is not valid JSON Schema draft 4: %2").arg(where, v.message);
            problems.append({lineOf(root, v.pointer), message});
        }
    }

    // References to other models of the API.
    const doc::Node &schemas = api.definition.document[u"components"][u"schemas"];
    QList<const doc::Node *> refs;
    collectRefs(root, &refs);
    bool badRef = false;
    for (const doc::Node *ref : refs) {
        const QString target = ref->toString();
        const QString model = referencedModel(target);
        if (!model.isEmpty() && model != name && !schemas.contains(model)) {
            problems.append({std::max(ref->line(), 1),
                             tr("$ref names the model %1, which this API does not have; add it under Models or fix the "
                                "name.")
                                 .arg(model)});
            badRef = true;
        } else if (model.isEmpty() && !target.startsWith(QLatin1Char('#'))) {
            problems.append({std::max(ref->line(), 1),
                             tr("$ref %1 points outside the API; API Gateway resolves only its own models "
                                "(#/components/schemas/NAME).")
                                 .arg(target)});
            badRef = true;
        }
    }

    // Whether the request validator can use it (as the compiler will build it); a meta-schema violation says why
    // more precisely already.
    if (!badRef && problems.isEmpty()) {
        QJsonObject others = schemas.toJson().toObject();
        others.insert(name, schemaJson);
        QJsonObject withComponents = schemaJson.toObject();
        if (!withComponents.contains(QLatin1String("components")))
            withComponents.insert(QStringLiteral("components"), QJsonObject{{QStringLiteral("schemas"), others}});
        const auto fetch = [others](const QString &uri) -> std::optional<QJsonValue> {
            const QString model = referencedModel(uri);
            if (model.isEmpty() || !others.contains(model))
                return std::nullopt;
            QJsonObject target = others.value(model).toObject();
            if (!target.contains(QLatin1String("components")))
                target.insert(QStringLiteral("components"), QJsonObject{{QStringLiteral("schemas"), others}});
            return target;
        };
        QString error;
        if (!JsonSchema::compile(withComponents, &error, fetch))
            problems.append({std::max(root.line(), 1), tr("Request validation cannot use this model: %1").arg(error)});
    }
    std::sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return problems;
}

ModelEditor::ModelEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_form(new QWidget(this))
    , m_nameEdit(new QLineEdit(m_form))
    , m_contentType(new QLabel(m_form))
    , m_usage(new QLabel(m_form))
    , m_editor(new QsciScintilla(m_form))
    , m_lexer(new QsciLexerJSON(this))
    , m_status(new QLabel(m_form))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("ModelEditor"));
    auto *outer = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_title);
    m_missing->setWordWrap(true);
    m_missing->hide();
    outer->addWidget(m_missing);
    outer->addWidget(m_form, 1);

    auto *layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *general = new QFormLayout;
    m_nameEdit->setAccessibleName(tr("Model name"));
    m_nameEdit->setToolTip(tr("Letters and digits; renaming also renames the references to the model"));
    general->addRow(tr("&Name:"), m_nameEdit);
    m_contentType->setAccessibleName(tr("Model content type"));
    m_contentType->setText(QStringLiteral("application/json"));
    m_contentType->setToolTip(tr("API Gateway imports every model of an OpenAPI document as application/json; a "
                                 "method's request body chooses the model per content type"));
    general->addRow(tr("Content type:"), m_contentType);
    m_usage->setAccessibleName(tr("Where the model is used"));
    m_usage->setWordWrap(true);
    m_usage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    general->addRow(tr("Used by:"), m_usage);
    layout->addLayout(general);

    m_editor->setUtf8(true);
    m_editor->setLexer(m_lexer);
    m_editor->setMarginType(0, QsciScintilla::NumberMargin);
    m_editor->setMarginWidth(0, QStringLiteral("0000"));
    m_editor->setMarginWidth(1, 14);
    m_editor->setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
    m_editor->setIndentationsUseTabs(false);
    m_editor->setIndentationWidth(2);
    m_editor->setAutoIndent(true);
    m_editor->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    m_editor->setAccessibleName(tr("JSON Schema"));
    // A horizontal scroll bar only when a line is wider than the view.
    m_editor->SendScintilla(QsciScintilla::SCI_SETSCROLLWIDTH, 1);
    m_editor->SendScintilla(QsciScintilla::SCI_SETSCROLLWIDTHTRACKING, 1);
    m_errorMarker = m_editor->markerDefine(QsciScintilla::RightArrow);
    layout->addWidget(m_editor, 1);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Schema check"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    applyColours();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kPauseMs);
    connect(m_debounce, &QTimer::timeout, this, &ModelEditor::checkNow);
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (!m_settingText)
            m_debounce->start();
    });
    connect(m_nameEdit, &QLineEdit::editingFinished, this, &ModelEditor::rename);
    connect(m_document, &ProjectDocument::changed, this, &ModelEditor::refresh);
}

ModelEditor::~ModelEditor() = default;

void ModelEditor::applyColours()
{
    const QPalette pal = palette();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const bool dark = pal.color(QPalette::Base).lightnessF() < 0.5;
    m_lexer->setDefaultPaper(pal.color(QPalette::Base));
    m_lexer->setDefaultColor(pal.color(QPalette::Text));
    m_lexer->setDefaultFont(mono);
    m_lexer->setPaper(pal.color(QPalette::Base), -1);
    m_lexer->setFont(mono, -1);
    m_lexer->setColor(pal.color(QPalette::Text), -1);
    m_lexer->setHighlightComments(false);
    m_lexer->setColor(dark ? QColor(0x93, 0xc5, 0xfd) : QColor(0x1d, 0x4e, 0xd8), QsciLexerJSON::Property);
    m_lexer->setColor(dark ? QColor(0x86, 0xef, 0xac) : QColor(0x15, 0x80, 0x3d), QsciLexerJSON::String);
    m_lexer->setColor(dark ? QColor(0xfd, 0xba, 0x74) : QColor(0xb4, 0x53, 0x09), QsciLexerJSON::Number);
    m_lexer->setColor(dark ? QColor(0xd8, 0xb4, 0xfe) : QColor(0x7e, 0x22, 0xce), QsciLexerJSON::Keyword);
    m_lexer->setColor(Formatting::statusColor(500, pal), QsciLexerJSON::Error);
    m_editor->setMarginsBackgroundColor(pal.color(QPalette::Window));
    m_editor->setMarginsForegroundColor(Formatting::dimColor(pal));
    m_editor->setCaretForegroundColor(pal.color(QPalette::Text));
    m_editor->setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    m_editor->setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    m_editor->setMarkerBackgroundColor(Formatting::statusColor(500, pal), m_errorMarker);
    m_editor->setMarkerForegroundColor(Formatting::statusColor(500, pal), m_errorMarker);
    showProblems();
}

void ModelEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    QWidget::changeEvent(event);
}

const doc::Node *ModelEditor::schema() const
{
    const model::Api *api = m_document->isOpen() ? m_document->project().api(m_apiId) : nullptr;
    return api ? api->definition.document[u"components"][u"schemas"].find(m_name) : nullptr;
}

bool ModelEditor::showKey(const QString &key)
{
    if (key.section(QLatin1Char(':'), 0, 0) != QLatin1String("model") || !m_document->isOpen())
        return false;
    if (!m_renamedFrom.isEmpty() && key == m_renamedFrom) {
        refresh();
        return true;
    }
    const QString apiId = key.section(QLatin1Char(':'), 1, 1);
    const QString name = key.section(QLatin1Char(':'), 2);
    const model::Api *api = m_document->project().api(apiId);
    if (!api)
        return false;
    const doc::Node &schemas = api->definition.document[u"components"][u"schemas"];
    const auto &members = schemas.members();
    const auto it = std::find_if(members.cbegin(), members.cend(), [&name](const auto &m) { return m.first == name; });
    if (it == members.cend())
        return false;
    const bool same = apiId == m_apiId && name == m_name;
    m_apiId = apiId;
    m_name = name;
    m_index = int(it - members.cbegin());
    if (!same) {
        m_debounce->stop();
        m_problems.clear();
        m_settingText = true;
        m_editor->clear(); // refresh() shows the new model's text and its problems
        m_settingText = false;
    }
    refresh();
    return true;
}

void ModelEditor::refresh()
{
    // Follow the model when an undo or redo renamed it (same position, other name).
    if (!schema() && m_document->isOpen() && m_index >= 0) {
        if (const model::Api *api = m_document->project().api(m_apiId)) {
            const auto &members = api->definition.document[u"components"][u"schemas"].members();
            if (m_index < int(members.size()))
                m_name = members[size_t(m_index)].first;
        }
    }
    const doc::Node *node = schema();
    if (!node) {
        m_form->setEnabled(false);
        m_missing->setText(m_name.isEmpty() ? tr("No model selected.")
                                            : tr("The model %1 of API %2 no longer exists. Select another item in the "
                                                 "explorer.")
                                                  .arg(m_name, m_apiId));
        m_missing->show();
        return;
    }
    const model::Api &api = *m_document->project().api(m_apiId);
    m_missing->hide();
    m_form->setEnabled(true);
    m_title->setText(tr("Model %1 · %2").arg(m_name, m_apiId));
    if (m_nameEdit->text() != m_name && !m_nameEdit->hasFocus()) {
        const QSignalBlocker blocker(m_nameEdit);
        m_nameEdit->setText(m_name);
    }

    QStringList usages;
    for (const model::PathItem &path : api.definition.paths) {
        for (const model::Operation &op : path.operations) {
            const QStringList where = usagesIn(op, m_name);
            if (!where.isEmpty())
                usages.append(tr("%1 %2 (%3)").arg(op.method, path.path, where.join(tr(", "))));
        }
    }
    m_usage->setText(usages.isEmpty() ? tr("no method yet") : usages.join(tr("; ")));

    // Keep the text (and the cursor) when it already says what the model holds, e.g. after its own edit.
    const doc::ParseResult shown = doc::parseJson(m_editor->text().toUtf8());
    if (!shown.ok() || !(shown.root == *node)) {
        if (!(shown.ok() && m_debounce->isActive())) {
            int line = 0, index = 0;
            m_editor->getCursorPosition(&line, &index);
            m_settingText = true;
            m_editor->setText(QString::fromUtf8(doc::writeJson(*node)));
            m_settingText = false;
            m_editor->setCursorPosition(std::min(line, std::max(m_editor->lines() - 1, 0)), index);
            m_debounce->stop();
            m_problems = check(m_editor->text(), api, m_name, nullptr);
            showProblems();
        }
    }
}

void ModelEditor::checkNow()
{
    m_debounce->stop();
    const model::Api *api = m_document->isOpen() ? m_document->project().api(m_apiId) : nullptr;
    const doc::Node *current = schema();
    if (!api || !current)
        return;
    doc::Node parsed;
    m_problems = check(m_editor->text(), *api, m_name, &parsed);
    showProblems();
    if (parsed.isMapping() && !(parsed == *current)) {
        model::Project after = m_document->project();
        model::Api *target = findApi(after, m_apiId);
        target->definition.document.find(u"components")->find(u"schemas")->set(m_name, parsed);
        m_document->edit(tr("Edit model %1").arg(m_name), std::move(after), kSchemaMerge);
    }
}

void ModelEditor::showProblems()
{
    if (!m_editor)
        return;
    m_editor->clearAnnotations();
    m_editor->markerDeleteAll(m_errorMarker);
    const QPalette pal = palette();
    const QColor red = Formatting::statusColor(500, pal);
    if (!m_problemStyle)
        m_problemStyle = std::make_unique<QsciStyle>(-1, QStringLiteral("schema problem"), red, pal.color(QPalette::Base), font());
    m_problemStyle->setColor(red);
    m_problemStyle->setPaper(Formatting::blend(pal.color(QPalette::Base), red, 0.12));
    m_problemStyle->setFont(font());
    const QsciStyle &style = *m_problemStyle;
    // Annotations do not wrap: break long messages at spaces to the width of the text area.
    const QFontMetrics metrics(font());
    const int width = std::max(200, m_editor->viewport()->width() - m_editor->marginWidth(0) - m_editor->marginWidth(1) - 32);
    const auto wrapped = [&metrics, width](const QString &message) {
        QStringList lines;
        QString line;
        for (const QString &word : message.split(QLatin1Char(' '))) {
            const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
                lines.append(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.append(line);
        return lines.join(QLatin1Char('\n'));
    };
    QHash<int, QStringList> byLine;
    for (const Problem &p : m_problems)
        byLine[p.line - 1].append(wrapped(p.message));
    for (auto it = byLine.cbegin(); it != byLine.cend(); ++it) {
        m_editor->annotate(it.key(), it.value().join(QLatin1Char('\n')), style);
        m_editor->markerAdd(it.key(), m_errorMarker);
    }
    QPalette statusPal = m_status->palette();
    if (m_problems.isEmpty()) {
        m_status->setText(tr("✓ A valid JSON Schema draft 4 model, as API Gateway validates request bodies with it."));
        statusPal.setColor(QPalette::WindowText, Formatting::statusColor(200, pal));
    } else {
        m_status->setText(tr("%n problem(s); line %1: %2", nullptr, int(m_problems.size()))
                              .arg(m_problems.first().line)
                              .arg(m_problems.first().message));
        statusPal.setColor(QPalette::WindowText, red);
    }
    m_status->setPalette(statusPal);
}

void ModelEditor::rename()
{
    const QString name = m_nameEdit->text().trimmed();
    if (name == m_name || !schema())
        return;
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9]+$"));
    const model::Api *api = m_document->project().api(m_apiId);
    QString problem;
    if (!valid.match(name).hasMatch())
        problem = tr("A model name is letters and digits only (API Gateway's rule); “%1” is not one.").arg(name);
    else if (api->definition.document[u"components"][u"schemas"].contains(name))
        problem = tr("The API already has a model called %1.").arg(name);
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        QPalette statusPal = m_status->palette();
        statusPal.setColor(QPalette::WindowText, Formatting::statusColor(500, palette()));
        m_status->setPalette(statusPal);
        const QSignalBlocker blocker(m_nameEdit);
        m_nameEdit->setText(m_name);
        return;
    }
    const QString old = m_name;
    model::Project after = m_document->project();
    model::Api *target = findApi(after, m_apiId);
    const auto renameRef = [&old, &name](doc::Node &ref) {
        const QString text = ref.toString();
        if (referencedModel(text) != old)
            return;
        if (text.startsWith(kRefPrefix))
            ref = doc::Node::string(kRefPrefix + name + text.mid(kRefPrefix.size() + old.size()));
        else
            ref = doc::Node::string(text.left(text.size() - old.size()) + name);
    };
    forEachRef(target->definition.document, renameRef);
    for (model::PathItem &path : target->definition.paths) {
        forEachRef(path.extra, renameRef);
        for (model::Operation &op : path.operations)
            forEachRef(op.body, renameRef);
    }
    doc::Node *schemas = target->definition.document.find(u"components")->find(u"schemas");
    for (auto &member : schemas->members()) {
        if (member.first == old)
            member.first = name;
    }
    // While the document tells everyone, the old key still names what this editor shows.
    m_renamedFrom = QStringLiteral("model:%1:%2").arg(m_apiId, old);
    m_name = name;
    m_document->edit(tr("Rename model %1 to %2").arg(old, name), std::move(after));
    m_renamedFrom.clear();
    Q_EMIT keyRenamed(QStringLiteral("model:%1:%2").arg(m_apiId, name));
}

} // namespace gw::ui
