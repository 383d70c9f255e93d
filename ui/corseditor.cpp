// SPDX-License-Identifier: GPL-3.0-or-later
#include "corseditor.h"

#include "cors/corstraps.h"
#include "editorsupport.h"
#include "projectdocument.h"
#include "projectedits.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace gw::ui {

namespace {

QString joined(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

bool containsIgnoringCase(const QStringList &items, const QString &value)
{
    for (const QString &item : items) {
        if (item.compare(value, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

CorsEditor::CorsEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_status(new QLabel(this))
    , m_origins(new QLineEdit(this))
    , m_methods(new QLineEdit(this))
    , m_headers(new QLineEdit(this))
    , m_expose(new QLineEdit(this))
    , m_maxAge(new QLineEdit(this))
    , m_credentials(new QCheckBox(tr("Allow credentials (cookies, Authorization) in cross-origin requests"), this))
    , m_remove(new QPushButton(tr("Remove CORS"), this))
    , m_traps(new QLabel(this))
{
    auto *form = new QWidget(this);
    auto *layout = new QVBoxLayout(form);
    m_status->setWordWrap(true);
    m_status->setMinimumWidth(120);
    layout->addWidget(m_status);

    auto *fields = new QFormLayout;
    struct Row
    {
        Field field;
        QLineEdit *edit;
        QString label;
        QString accessible;
        QString placeholder;
    };
    const Row rows[] = {
        {OriginsField, m_origins, tr("Allowed &origins:"), tr("Allowed origins"),
         tr("https://app.example.com, http://localhost:3000 — or * for any")},
        {MethodsField, m_methods, tr("Allowed &methods:"), tr("Allowed methods"), tr("GET, POST, PUT — or *")},
        {HeadersField, m_headers, tr("Allowed &headers:"), tr("Allowed headers"), tr("content-type, authorization — or *")},
        {ExposeField, m_expose, tr("&Exposed headers:"), tr("Exposed headers"), tr("x-request-id")},
        {MaxAgeField, m_maxAge, tr("Max &age (s):"), tr("Max age in seconds"),
         tr("not set: browsers cache preflights 5 s; -1 to 86400")},
    };
    for (const Row &row : rows) {
        row.edit->setAccessibleName(row.accessible);
        row.edit->setPlaceholderText(row.placeholder);
        m_errors[row.field] = editing::makeErrorLabel(this);
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(row.edit);
        box->addWidget(m_errors[row.field]);
        auto *label = new QLabel(row.label, this);
        label->setBuddy(row.edit); // the mnemonic focuses the field
        fields->addRow(label, box);
        const Field field = row.field;
        connect(row.edit, &QLineEdit::textEdited, this, [this, field] { fieldEdited(field); });
    }
    m_credentials->setAccessibleName(tr("Allow credentials"));
    m_errors[CredentialsField] = editing::makeErrorLabel(this);
    auto *credentialsBox = new QVBoxLayout;
    credentialsBox->setSpacing(2);
    credentialsBox->addWidget(m_credentials);
    credentialsBox->addWidget(m_errors[CredentialsField]);
    fields->addRow(QString(), credentialsBox);
    connect(m_credentials, &QCheckBox::clicked, this, [this] { fieldEdited(CredentialsField); });
    layout->addLayout(fields);

    auto *buttons = new QHBoxLayout;
    m_remove->setAccessibleName(tr("Remove CORS configuration"));
    m_remove->setToolTip(tr("Delete the CORS configuration: API Gateway then answers no preflight and adds no "
                            "Access-Control-* headers."));
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!m_document->isOpen())
            return;
        model::Project after = m_document->project();
        const EditOutcome outcome = ProjectEdits::removeCors(after, m_apiId);
        editing::showFieldError(nullptr, m_errors[OriginsField], outcome.ok ? QString() : outcome.error);
        if (outcome.ok)
            m_document->edit(outcome.undoText, std::move(after));
    });

    auto *trapsTitle = new QLabel(tr("CORS traps in this API"), this);
    QFont bold = trapsTitle->font();
    bold.setBold(true);
    trapsTitle->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(trapsTitle);
    m_traps->setWordWrap(true);
    m_traps->setMinimumWidth(120);
    m_traps->setTextFormat(Qt::RichText);
    m_traps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_traps->setAccessibleName(tr("CORS traps"));
    layout->addWidget(m_traps);
    layout->addStretch(1);

    editing::layOutResourceEditor(this, m_title, m_missing, form);
    connect(m_document, &ProjectDocument::changed, this, &CorsEditor::refresh);
}

bool CorsEditor::showKey(const QString &key)
{
    const EditorKey k = EditorKey::parse(key);
    if (k.prefix != QLatin1String("cors") || !m_document->isOpen())
        return false;
    const model::Api *api = m_document->project().api(k.apiId);
    if (!api || api->protocol != model::Protocol::Http)
        return false;
    if (m_apiId != k.apiId) {
        for (QLabel *error : m_errors)
            editing::showFieldError(nullptr, error, {});
        for (QLineEdit *edit : {m_origins, m_methods, m_headers, m_expose, m_maxAge})
            editing::showFieldError(edit, nullptr, {});
    }
    m_apiId = k.apiId;
    refresh();
    return true;
}

std::optional<CorsConfig> CorsEditor::current(QString *error) const
{
    if (!m_document->isOpen())
        return std::nullopt;
    return ProjectEdits::corsConfiguration(m_document->project(), m_apiId, error);
}

QString CorsEditor::originProblem(const QString &origin)
{
    if (origin == QLatin1String("*") || origin == QLatin1String("null"))
        return {};
    static const QRegularExpression serialized(
        QStringLiteral("^([a-z][a-z0-9+.-]*)://(\\[[0-9a-fA-F:.]+\\]|[^/?#:@\\[\\]*]+)(?::([0-9]{1,5}))?$"));
    const QRegularExpressionMatch m = serialized.match(origin);
    if (m.hasMatch()) {
        const QString scheme = m.captured(1);
        const QString port = m.captured(3);
        if ((scheme == QLatin1String("http") && port == QLatin1String("80"))
            || (scheme == QLatin1String("https") && port == QLatin1String("443")))
            return tr("`%1`: browsers leave the default port out of Origin; write %2://%3.")
                .arg(origin, scheme, m.captured(2));
        return {};
    }
    if (origin.contains(QLatin1Char('*')))
        return tr("`%1`: origins are compared as they are written, so a wildcard inside one matches no browser's "
                  "Origin; list each origin, or use * alone.")
            .arg(origin);
    if (!origin.contains(QLatin1String("://")))
        return tr("`%1` has no scheme: browsers send origins such as https://%1.").arg(origin);
    if (origin.endsWith(QLatin1Char('/')))
        return tr("`%1`: browsers send origins without a trailing '/'; write %2.").arg(origin, origin.chopped(1));
    return tr("`%1` is not an origin (scheme://host[:port], without a path, query or fragment), so no browser sends "
              "it.")
        .arg(origin);
}

QStringList CorsEditor::browserNotes(const CorsConfig &config)
{
    QStringList notes;
    for (const QString &origin : config.allowOrigins) {
        const QString problem = originProblem(origin);
        if (!problem.isEmpty())
            notes.append(problem);
    }
    if (config.allowOrigins.isEmpty())
        notes.append(tr("No allowed origins: API Gateway answers preflights, but no browser page may read the "
                        "responses."));
    if (config.allowCredentials) {
        if (config.allowMethods.contains(QStringLiteral("*")))
            notes.append(tr("With credentials, browsers read allowed methods * as a method literally named \"*\": "
                            "list the methods."));
        if (config.allowHeaders.contains(QStringLiteral("*")))
            notes.append(tr("With credentials, browsers read allowed headers * as a header literally named \"*\": "
                            "list the headers."));
        if (config.exposeHeaders.contains(QStringLiteral("*")))
            notes.append(tr("With credentials, exposed headers * exposes only a header named \"*\": list the "
                            "headers the page reads."));
    } else if (config.allowHeaders.contains(QStringLiteral("*"))
               && !containsIgnoringCase(config.allowHeaders, QStringLiteral("authorization"))) {
        notes.append(tr("Allowed headers * does not cover Authorization: browsers require it by name. Add "
                        "authorization if pages send it."));
    }
    if (config.maxAge && *config.maxAge > 7200)
        notes.append(tr("Chromium caches preflights for at most 2 hours and Firefox for 24 hours, whatever max age "
                        "says."));
    return notes;
}

void CorsEditor::refresh()
{
    if (m_apiId.isEmpty() || !m_document->isOpen())
        return;
    const model::Api *api = m_document->project().api(m_apiId);
    if (!api || api->protocol != model::Protocol::Http)
        return; // gone; the EditorArea moves away
    const QString title = api->definition.title();
    m_title->setText(tr("CORS · %1").arg(title.isEmpty() ? m_apiId : QStringLiteral("%1 (%2)").arg(title, m_apiId)));
    QString readError;
    const std::optional<CorsConfig> config = current(&readError);
    const bool present = api->definition.document.contains(u"x-amazon-apigateway-cors");
    if (!present)
        m_status->setText(tr("API %1 has no CORS configuration: its integrations must answer preflights and add "
                             "Access-Control-* headers themselves. Fill in a field to create one.")
                              .arg(m_apiId));
    else if (!config)
        m_status->setText(tr("The CORS configuration of %1 cannot be used: %2. Change a field to replace it, or "
                             "remove it.")
                              .arg(m_apiId, readError));
    else
        m_status->setText(tr("API Gateway answers every preflight (OPTIONS) request of %1 itself and adds these "
                             "headers to every response, replacing CORS headers the integrations send.")
                              .arg(m_apiId));
    m_remove->setEnabled(present);

    m_updating = true;
    const CorsConfig shown = config.value_or(CorsConfig{});
    const QString texts[] = {joined(shown.allowOrigins), joined(shown.allowMethods), joined(shown.allowHeaders),
                             joined(shown.exposeHeaders), shown.maxAge ? QString::number(*shown.maxAge) : QString()};
    QLineEdit *edits[] = {m_origins, m_methods, m_headers, m_expose, m_maxAge};
    for (int i = 0; i < 5; ++i) {
        // A field being typed in keeps its own (possibly refused) text.
        if (edits[i]->hasFocus() && !m_errors[i]->text().isEmpty())
            continue;
        if (editing::splitList(edits[i]->text()) != editing::splitList(texts[i]) || edits[i]->text().isEmpty() != texts[i].isEmpty())
            edits[i]->setText(texts[i]);
        editing::showFieldError(edits[i], m_errors[i], {});
    }
    m_credentials->setChecked(shown.allowCredentials);
    m_updating = false;

    // The traps of the whole API, and what browsers make of these values.
    QStringList items;
    for (const cors::CorsTrap &trap : cors::findCorsTraps(*api))
        items.append(tr("<b>%1</b>: %2 <i>Fix: %3.</i>")
                         .arg(trap.where.toHtmlEscaped(), trap.message.toHtmlEscaped(), trap.fix.toHtmlEscaped()));
    if (config) {
        for (const QString &note : browserNotes(*config))
            items.append(tr("<b>Browsers</b>: %1").arg(note.toHtmlEscaped()));
    }
    if (items.isEmpty())
        m_traps->setText(present ? tr("No known CORS traps in this API.")
                                 : tr("None to report while the API has no CORS configuration."));
    else
        m_traps->setText(QStringLiteral("<ul style=\"margin-left: -20px\"><li>%1</li></ul>")
                             .arg(items.join(QStringLiteral("</li><li>"))));
}

QString CorsEditor::trapsText() const
{
    QString html = m_traps->text();
    html.replace(QStringLiteral("</li><li>"), QStringLiteral("\n"));
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return html;
}

void CorsEditor::fieldEdited(Field field)
{
    if (m_updating || !m_document->isOpen())
        return;
    QString readError;
    CorsConfig config = current(&readError).value_or(CorsConfig{});
    QLineEdit *edit = nullptr;
    QString problem;
    switch (field) {
    case OriginsField:
        edit = m_origins;
        config.allowOrigins = editing::splitList(m_origins->text());
        break;
    case MethodsField:
        edit = m_methods;
        config.allowMethods = editing::splitList(m_methods->text());
        for (QString &method : config.allowMethods)
            method = method.toUpper();
        break;
    case HeadersField:
        edit = m_headers;
        config.allowHeaders = editing::splitList(m_headers->text());
        break;
    case ExposeField:
        edit = m_expose;
        config.exposeHeaders = editing::splitList(m_expose->text());
        break;
    case MaxAgeField: {
        edit = m_maxAge;
        const QString text = m_maxAge->text().trimmed();
        if (text.isEmpty()) {
            config.maxAge.reset();
        } else {
            bool ok = false;
            const int seconds = text.toInt(&ok);
            if (!ok || seconds < -1 || seconds > 86'400)
                problem = tr("Max age is a whole number of seconds from -1 (do not cache preflights) to 86400; got "
                             "“%1”. Leave it empty for the browser's default.")
                              .arg(text);
            else
                config.maxAge = seconds;
        }
        break;
    }
    case CredentialsField:
        config.allowCredentials = m_credentials->isChecked();
        break;
    case FieldCount:
        return;
    }
    model::Project after = m_document->project();
    EditOutcome outcome;
    if (problem.isEmpty()) {
        outcome = ProjectEdits::setCors(after, m_apiId, config);
        if (!outcome.ok)
            problem = outcome.error;
    }
    editing::showFieldError(edit, m_errors[field], problem);
    if (!problem.isEmpty()) {
        if (field == CredentialsField) {
            const QSignalBlocker block(m_credentials);
            m_credentials->setChecked(!m_credentials->isChecked()); // nothing was written
        }
        return;
    }
    for (int other = 0; other < FieldCount; ++other) {
        if (other != field)
            editing::showFieldError(nullptr, m_errors[other], {});
    }
    static const char *const what[] = {QT_TR_NOOP("allowed origins"), QT_TR_NOOP("allowed methods"),
                                       QT_TR_NOOP("allowed headers"), QT_TR_NOOP("exposed headers"),
                                       QT_TR_NOOP("max age"),         QT_TR_NOOP("allow credentials")};
    m_document->edit(tr("Set %1 of CORS of %2").arg(tr(what[field]), m_apiId), std::move(after),
                     field == CredentialsField ? -1 : int(MergeBase) + int(field));
}

} // namespace gw::ui
