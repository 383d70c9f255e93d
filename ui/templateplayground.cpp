// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateplayground.h"

#include "formatting.h"
#include "vtllexer.h"

#include "vtl/template.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <Qsci/qsciscintilla.h>

namespace gw::ui {

namespace {

constexpr int kPauseMs = 200;

const char *const kExample = R"vtl(## $input.json('$') is the request body; $context and $input.params() the rest of the request.
#set($body = $input.path('$'))
{
  "requestId": "$context.requestId",
  "method": "$context.httpMethod",
  "name": "$util.escapeJavaScript($body.name)",
  "tags": [#foreach($tag in $body.tags)"$tag"#if($foreach.hasNext), #end#end]
}
)vtl";

/// "header X-Id: 7", "querystring q: cats", "path petId: 7": one parameter per line.
void parseParameters(const QString &text, vtl::RenderInput &in, QStringList *problems)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        const qsizetype colon = line.indexOf(QLatin1Char(':'), space + 1);
        const QString kind = space > 0 ? line.left(space) : QString();
        if (space <= 0 || colon < 0 || (kind != QLatin1String("header") && kind != QLatin1String("querystring")
                                        && kind != QLatin1String("path"))) {
            problems->append(TemplatePlayground::tr("parameters, line %1: write “header NAME: VALUE”, “querystring "
                                                    "NAME: VALUE” or “path NAME: VALUE”")
                                 .arg(n + 1));
            continue;
        }
        const QPair<QString, QString> p {line.mid(space + 1, colon - space - 1).trimmed(), line.mid(colon + 1).trimmed()};
        (kind == QLatin1String("header") ? in.header : kind == QLatin1String("path") ? in.path : in.querystring).append(p);
    }
}

/// NAME=VALUE per line into a map (dotted names nest: identity.sourceIp=1.2.3.4).
vtl::Value parseAssignments(const QString &text, const QString &what, QStringList *problems)
{
    vtl::Value map = vtl::Value::map();
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            problems->append(QCoreApplication::translate("gw::ui::TemplatePlayground", "%1, line %2: write NAME=VALUE")
                                 .arg(what)
                                 .arg(n + 1));
            continue;
        }
        map.mapData()->insertPath(line.left(eq).trimmed(), vtl::Value(line.mid(eq + 1).trimmed()));
    }
    return map;
}

QPlainTextEdit *monoEdit(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *e = new QPlainTextEdit(parent);
    e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    e->setAccessibleName(name);
    e->setPlaceholderText(placeholder);
    e->setLineWrapMode(QPlainTextEdit::NoWrap);
    return e;
}

} // namespace

struct TemplatePlayground::Outcome
{
    QString output;
    QString error;
    int errorLine = 0;
    QStringList notes; ///< warnings, overrides, input problems
    qint64 elapsedUs = 0;
};

TemplatePlayground::TemplatePlayground(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_editor(new QsciScintilla(this))
    , m_lexer(new VtlLexer(this))
    , m_body(monoEdit(this, tr("Request body"), tr("the request body, e.g. {\"name\": \"Rex\"}")))
    , m_params(monoEdit(this, tr("Parameters"), tr("header X-Id: 7\nquerystring q: cats\npath petId: 7")))
    , m_stageVariables(monoEdit(this, tr("Stage variables"), tr("NAME=VALUE, one per line")))
    , m_context(monoEdit(this, tr("Context"), tr("requestId=abc\nidentity.sourceIp=127.0.0.1")))
    , m_output(monoEdit(this, tr("Rendered output"), {}))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_alive(std::make_shared<std::atomic<bool>>(true))
{
    setWindowTitle(tr("Mapping Template Playground"));
    m_lexer->applyPalette(palette().color(QPalette::Base).lightness() < 128);
    m_editor->setLexer(m_lexer);
    m_editor->setUtf8(true);
    m_editor->setMarginType(0, QsciScintilla::NumberMargin);
    m_editor->setMarginWidth(0, QStringLiteral("0000"));
    m_editor->setAccessibleName(tr("Mapping template"));
    m_errorMarker = m_editor->markerDefine(QsciScintilla::RightArrow);
    m_editor->setMarkerBackgroundColor(Formatting::statusColor(500, palette()), m_errorMarker);
    m_editor->setText(QString::fromUtf8(kExample));

    auto *inputs = new QTabWidget(this);
    inputs->addTab(m_body, tr("Body"));
    inputs->addTab(m_params, tr("Parameters"));
    inputs->addTab(m_stageVariables, tr("Stage variables"));
    inputs->addTab(m_context, tr("$context"));
    m_body->setPlainText(QStringLiteral("{\"name\": \"Rex \\\"the dog\\\"\", \"tags\": [\"good\", \"boy\"]}"));
    m_context->setPlainText(QStringLiteral("requestId=00000000-0000-0000-0000-000000000000\nhttpMethod=POST\nstage=prod"));
    m_output->setReadOnly(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *inputBox = new QWidget(this);
    auto *inputLayout = new QVBoxLayout(inputBox);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    auto *useSelected = new QPushButton(tr("Use Selected Request"), inputBox);
    useSelected->setToolTip(tr("Fill the body, parameters and $context from the request selected in Traffic"));
    connect(useSelected, &QPushButton::clicked, this, &TemplatePlayground::selectedRequestWanted);
    inputLayout->addWidget(useSelected, 0, Qt::AlignLeft);
    inputLayout->addWidget(inputs, 1);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(inputBox);
    auto *outputBox = new QWidget(this);
    auto *outputLayout = new QVBoxLayout(outputBox);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    outputLayout->addWidget(new QLabel(tr("Output:"), outputBox));
    outputLayout->addWidget(m_output, 1);
    outputLayout->addWidget(m_status);
    right->addWidget(outputBox);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_editor);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    resize(1100, 700);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kPauseMs);
    connect(m_debounce, &QTimer::timeout, this, &TemplatePlayground::renderNow);
    connect(m_editor, &QsciScintilla::textChanged, this, &TemplatePlayground::scheduleRender);
    for (QPlainTextEdit *e : {m_body, m_params, m_stageVariables, m_context})
        connect(e, &QPlainTextEdit::textChanged, this, &TemplatePlayground::scheduleRender);
    scheduleRender();
}

TemplatePlayground::~TemplatePlayground()
{
    m_alive->store(false);
}

void TemplatePlayground::scheduleRender()
{
    m_debounce->start();
}

void TemplatePlayground::useRecord(const ExchangeRecord &r)
{
    m_body->setPlainText(QString::fromUtf8(r.requestBody));
    QStringList params;
    for (const http::HttpHeaders::Field &f : r.requestHeaders.fields())
        params.append(QStringLiteral("header %1: %2").arg(QString::fromLatin1(f.name), QString::fromUtf8(f.value)));
    const QUrlQuery query(r.query);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        params.append(QStringLiteral("querystring %1: %2").arg(name, value));
    m_params->setPlainText(params.join(QLatin1Char('\n')));
    QStringList context {QStringLiteral("requestId=") + r.requestId,
                         QStringLiteral("extendedRequestId=") + r.extendedRequestId,
                         QStringLiteral("httpMethod=") + r.method,
                         QStringLiteral("resourcePath=") + r.route,
                         QStringLiteral("path=") + r.path,
                         QStringLiteral("stage=") + r.stage,
                         QStringLiteral("apiId=") + r.apiId,
                         QStringLiteral("domainName=") + r.host,
                         QStringLiteral("requestTimeEpoch=") + QString::number(r.startEpochMs),
                         QStringLiteral("identity.sourceIp=") + r.sourceIp,
                         QStringLiteral("identity.userAgent=") + QString::fromUtf8(r.requestHeaders.value("user-agent"))};
    if (r.authorizer) {
        if (!r.authorizer->principalId.isEmpty())
            context.append(QStringLiteral("authorizer.principalId=") + r.authorizer->principalId);
        for (auto it = r.authorizer->claimValues.begin(); it != r.authorizer->claimValues.end(); ++it)
            context.append(QStringLiteral("authorizer.claims.%1=%2").arg(it.key(), it->toString()));
    }
    m_context->setPlainText(context.join(QLatin1Char('\n')));
    renderNow();
}

void TemplatePlayground::renderNow()
{
    m_debounce->stop();
    const quint64 generation = ++m_generation;
    // Everything the render needs is copied now; the worker touches no widget.
    QStringList problems;
    auto input = std::make_shared<vtl::RenderInput>();
    input->body = m_body->toPlainText();
    parseParameters(m_params->toPlainText(), *input, &problems);
    input->stageVariables = parseAssignments(m_stageVariables->toPlainText(), tr("stage variables"), &problems);
    input->context = parseAssignments(m_context->toPlainText(), tr("$context"), &problems);
    const QString text = m_editor->text();
    QPointer<TemplatePlayground> self(this);
    const auto alive = m_alive;
    QThreadPool::globalInstance()->start([self, alive, input, text, problems, generation] {
        QElapsedTimer timer;
        timer.start();
        Outcome o;
        o.notes = problems;
        auto parsed = vtl::Template::parse(text);
        if (const auto *error = std::get_if<vtl::ParseError>(&parsed)) {
            o.error = tr("line %1, column %2: %3").arg(error->line).arg(error->column).arg(error->message);
            o.errorLine = error->line;
        } else {
            const vtl::RenderResult r = std::get<vtl::Template>(parsed).render(*input);
            o.output = r.output;
            if (r.error) {
                o.error = tr("line %1, column %2: %3").arg(r.error->line).arg(r.error->column).arg(r.error->message);
                o.errorLine = r.error->line;
            }
            for (const vtl::RenderWarning &w : r.warnings)
                o.notes.append(tr("warning, line %1: %2").arg(w.line).arg(w.message));
            for (const auto &[name, value] : r.overrides.requestHeaders)
                o.notes.append(QStringLiteral("$context.requestOverride.header.%1 = %2").arg(name, value));
            for (const auto &[name, value] : r.overrides.requestQuerystring)
                o.notes.append(QStringLiteral("$context.requestOverride.querystring.%1 = %2").arg(name, value));
            for (const auto &[name, value] : r.overrides.requestPath)
                o.notes.append(QStringLiteral("$context.requestOverride.path.%1 = %2").arg(name, value));
            if (r.overrides.responseStatus)
                o.notes.append(QStringLiteral("$context.responseOverride.status = %1").arg(*r.overrides.responseStatus));
            for (const auto &[name, value] : r.overrides.responseHeaders)
                o.notes.append(QStringLiteral("$context.responseOverride.header.%1 = %2").arg(name, value));
        }
        o.elapsedUs = timer.nsecsElapsed() / 1000;
        if (!alive->load())
            return;
        QMetaObject::invokeMethod(
            qApp,
            [self, o, generation] {
                if (self)
                    self->showOutcome(o, generation);
            },
            Qt::QueuedConnection);
    });
}

void TemplatePlayground::showOutcome(const Outcome &o, quint64 generation)
{
    if (generation != m_generation)
        return; // a newer edit is being rendered
    m_output->setPlainText(o.output);
    m_editor->markerDeleteAll(m_errorMarker);
    QStringList lines;
    if (!o.error.isEmpty()) {
        lines.append(QStringLiteral("<b style=\"color:%1\">%2</b>")
                         .arg(Formatting::passColor(false, palette()).name(),
                              tr("Error, %1 (API Gateway answers 500 Internal server error)").arg(o.error.toHtmlEscaped())));
        if (o.errorLine > 0)
            m_editor->markerAdd(o.errorLine - 1, m_errorMarker);
    } else {
        lines.append(tr("Rendered in %1.").arg(Formatting::duration(o.elapsedUs)));
    }
    for (const QString &n : o.notes)
        lines.append(n.toHtmlEscaped());
    m_status->setText(lines.join(QStringLiteral("<br>")));
    Q_EMIT rendered();
}

QString TemplatePlayground::outputText() const
{
    return m_output->toPlainText();
}

QString TemplatePlayground::statusText() const
{
    return m_status->text();
}

} // namespace gw::ui
