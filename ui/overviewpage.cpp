// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "formatting.h"
#include "projectdocument.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace gw::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/// A "copy" link; the text travels base64url-encoded in the link's path.
QString copyLink(const QString &text)
{
    const QString href = QStringLiteral("copy:")
                         + QString::fromLatin1(text.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
    return QStringLiteral(" <a href=\"%1\">%2</a>").arg(esc(href), esc(OverviewPage::tr("copy")));
}

const model::ApiDefinition &definitionFor(const model::Api &api, const model::Stage &stage)
{
    if (!stage.autoDeploy) {
        if (const model::Deployment *d = api.deployment(stage.deploymentId))
            return d->definition;
    }
    return api.definition;
}

QString integrationCell(const model::ApiDefinition &definition, const CompiledRoute &route)
{
    const model::PathItem *path = definition.path(route.resourcePath);
    const model::Operation *op = path ? path->operation(route.method) : nullptr;
    if (!op || !op->integration)
        return QStringLiteral("—");
    const model::Integration &in = *op->integration;
    QString s = QStringLiteral("<b>%1</b>").arg(esc(model::integrationTypeName(in.type).toUpper()));
    if (!in.uri.isEmpty())
        s += QStringLiteral(" <code>%1</code>").arg(esc(in.uri));
    return s;
}

/// A path of a route with its parameters filled in, for an example request; empty when it has none to fill.
QString samplePath(const QString &resourcePath)
{
    if (resourcePath == QLatin1String("$default"))
        return {};
    QString out = resourcePath;
    static const QRegularExpression param(QStringLiteral("\\{[^}]*\\}"));
    out.replace(param, QStringLiteral("1"));
    return out;
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Project overview"));
    m_browser->setFrameShape(QFrame::NoFrame);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &OverviewPage::linkClicked);
}

void OverviewPage::setProject(const model::Project &project, const CompileResult &compiled,
                              const QList<io::Diagnostic> &diagnostics, const QString &filePath, quint16 port)
{
    m_project = project;
    m_compiled = compiled;
    m_diagnostics = diagnostics;
    m_filePath = filePath;
    m_port = port;
    render();
}

void OverviewPage::setEmpty(const QString &message)
{
    m_project.reset();
    m_browser->setHtml(QStringLiteral("<p>%1</p>").arg(esc(message)));
}

void OverviewPage::setPort(quint16 port)
{
    if (port == m_port)
        return;
    m_port = port;
    if (m_project)
        render();
}

void OverviewPage::render()
{
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(html(*m_project, m_compiled, m_diagnostics, m_filePath, m_port));
    m_browser->verticalScrollBar()->setValue(scroll);
}

QString OverviewPage::toPlainText() const
{
    return m_browser->toPlainText();
}

void OverviewPage::linkClicked(const QUrl &url)
{
    if (url.scheme() == QLatin1String("copy")) {
        const QString text = QString::fromUtf8(
            QByteArray::fromBase64(url.path().toLatin1(), QByteArray::Base64UrlEncoding));
        Q_EMIT copyRequested(text);
        return;
    }
    if (url.scheme() == QLatin1String("deploy")) {
        const QStringList target
            = QString::fromUtf8(QByteArray::fromBase64(url.path().toLatin1(), QByteArray::Base64UrlEncoding))
                  .split(QLatin1Char('\n'));
        if (target.size() == 2)
            Q_EMIT deployRequested(target[0], target[1]);
        return;
    }
    if (url.scheme() == QLatin1String("cors")) {
        Q_EMIT corsRequested(url.path());
        return;
    }
    if (url.scheme() == QLatin1String("http"))
        QDesktopServices::openUrl(url);
}

QString OverviewPage::html(const model::Project &project, const CompileResult &compiled,
                           const QList<io::Diagnostic> &diagnostics, const QString &filePath, quint16 port)
{
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(esc(project.name.isEmpty() ? tr("Untitled project") : project.name));
    if (!filePath.isEmpty())
        h += QStringLiteral("<p><code>%1</code></p>").arg(esc(QDir::toNativeSeparators(filePath)));
    if (port == 0)
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("The gateway is stopped. Start it (Gateway ▸ Start) to get "
                                                   "invoke URLs.")));

    bool triedSample = false;
    for (const model::Api &api : project.apis) {
        const QString title = api.definition.title();
        h += QStringLiteral("<h3>%1 <span style=\"font-weight:normal\">(<code>%2</code>, %3 API)</span></h3>")
                 .arg(esc(title.isEmpty() ? api.id : title), esc(api.id), esc(Formatting::protocolLabel(api.protocol)));
        const QString description = api.definition.document[u"info"][u"description"].toString();
        if (!description.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(description));
        if (api.protocol == model::Protocol::Http) {
            const bool cors = api.definition.document.contains(u"x-amazon-apigateway-cors");
            h += QStringLiteral("<p>%1 <a href=\"cors:%2\">%3</a></p>")
                     .arg(esc(cors ? tr("CORS: API Gateway answers preflights and adds the Access-Control-* headers.")
                                   : tr("CORS: not configured.")),
                          esc(api.id), esc(cors ? tr("Edit CORS…") : tr("Configure CORS…")));
        }
        const CompiledApi *capi = compiled.gateway ? compiled.gateway->api(api.id) : nullptr;
        if (api.stages.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("No stages: nothing of this API is served.")));
        for (const model::Stage &stage : api.stages) {
            QString heading = tr("Stage <b>%1</b>").arg(esc(stage.name));
            if (stage.autoDeploy)
                heading += esc(tr(" · auto-deploys the working definition"));
            else if (!stage.deploymentId.isEmpty())
                heading += esc(tr(" · deployment %1").arg(stage.deploymentId));
            if (stage.canary)
                heading += esc(tr(" · canary: %1 % of requests get deployment %2")
                                   .arg(QLocale().toString(stage.canary->percentTraffic, 'g', QLocale::FloatingPointShortest),
                                        stage.canary->deploymentId));
            if (!stage.description.isEmpty())
                heading += QStringLiteral(" · ") + esc(stage.description);
            if (hasUndeployedChanges(api, stage)) {
                const QString target = QString::fromLatin1((api.id + QLatin1Char('\n') + stage.name)
                                                               .toUtf8()
                                                               .toBase64(QByteArray::Base64UrlEncoding));
                heading
                    += QStringLiteral(
                           " · <span style=\"color:#b45309\">● %1</span> <a href=\"deploy:%2\">%3</a>")
                           .arg(esc(tr(
                                    "undeployed changes: the routes below are what the stage serves, not the "
                                    "working copy")),
                                target, esc(tr("deploy")));
            }
            h += QStringLiteral("<p>%1</p>").arg(heading);
            if (port != 0) {
                const bool webSocket = api.protocol == model::Protocol::WebSocket;
                const QString url = Formatting::invokeUrl(api.id, stage.name, port, webSocket);
                const QString pathUrl = Formatting::pathInvokeUrl(api.id, stage.name, port, webSocket);
                h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
                h += QStringLiteral("<tr><td style=\"white-space:nowrap\">%1&nbsp;</td><td style=\"white-space:nowrap\"><code>%2</code>%3</td></tr>")
                         .arg(esc(tr("Invoke URL")), esc(url), copyLink(url));
                if (!pathUrl.isEmpty())
                    h += QStringLiteral("<tr><td style=\"white-space:nowrap\">%1&nbsp;</td><td style=\"white-space:nowrap\"><code>%2</code>%3</td></tr>")
                             .arg(esc(tr("Path form")), esc(pathUrl), copyLink(pathUrl));
                h += QStringLiteral("</table>");
            }
            const CompiledStage *cstage = capi ? capi->stage(stage.name) : nullptr;
            if (!cstage) {
                h += QStringLiteral("<p>%1</p>").arg(esc(tr("Not served: see the problems below.")));
                continue;
            }
            if (api.protocol == model::Protocol::WebSocket) {
                // WebSocket routes are chosen per message by the route selection expression, not by method and path.
                const model::ApiDefinition &wsDefinition = definitionFor(api, stage);
                h += QStringLiteral("<p>%1 <code>%2</code></p>")
                         .arg(esc(tr("Route selection:")),
                              esc(wsDefinition.document[u"routeSelectionExpression"].toString()));
                h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"0\">");
                h += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th></tr>")
                         .arg(esc(tr("Route")), esc(tr("Integration")));
                for (const auto &[key, route] : wsDefinition.document[u"routes"].members()) {
                    const doc::Node &in = route[u"integration"];
                    QString what = in[u"type"].toString().toUpper();
                    if (!in[u"uri"].toString().isEmpty())
                        what += QLatin1Char(' ') + in[u"uri"].toString();
                    if (route[u"routeResponse"].toBool())
                        what += tr(" (two-way)");
                    h += QStringLiteral("<tr><td><code>%1</code>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(esc(key), esc(what));
                }
                h += QStringLiteral("</table>");
                continue;
            }
            if (cstage->routeList.empty()) {
                h += QStringLiteral("<p>%1</p>").arg(esc(tr("No routes.")));
                continue;
            }
            const model::ApiDefinition &definition = definitionFor(api, stage);
            h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"0\">");
            h += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                     .arg(esc(tr("Method")), esc(api.protocol == model::Protocol::Rest ? tr("Resource") : tr("Route")),
                          esc(tr("Integration")));
            for (const CompiledRoute &route : cstage->routeList) {
                const QString where = api.protocol == model::Protocol::Rest ? route.resourcePath : route.routeKey;
                h += QStringLiteral("<tr><td><code>%1</code>&nbsp;&nbsp;</td><td><code>%2</code>&nbsp;&nbsp;</td>"
                                    "<td>%3</td></tr>")
                         .arg(esc(route.method), esc(where), integrationCell(definition, route));
            }
            h += QStringLiteral("</table>");
            if (port != 0 && !triedSample) {
                for (const CompiledRoute &route : cstage->routeList) {
                    if (route.method != QLatin1String("GET") || route.resourcePath.contains(QLatin1Char('{')))
                        continue;
                    const QString sample = samplePath(route.resourcePath);
                    if (sample.isEmpty() || sample == QLatin1String("/"))
                        continue;
                    const QString base = Formatting::pathInvokeUrl(api.id, stage.name, port);
                    if (base.isEmpty())
                        break;
                    const QString command = QStringLiteral("curl %1%2").arg(base, sample);
                    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><td style=\"white-space:nowrap\">"
                                        "%1&nbsp;</td><td><code>%2</code>%3</td></tr></table>")
                             .arg(esc(tr("Try it")), esc(command), copyLink(command));
                    triedSample = true;
                    break;
                }
            }
        }
    }

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Fidelity: what is not emulated")));
    if (compiled.fidelity.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Everything these APIs use is emulated.")));
    } else {
        h += QStringLiteral("<ul>");
        for (const FidelityItem &item : compiled.fidelity.items) {
            const QString level = item.level == FidelityItem::Level::Partial ? tr("partly emulated")
                                                                              : tr("not emulated");
            QString where = (item.apiId.isEmpty() ? QFileInfo(item.file).fileName() : item.apiId) + QStringLiteral(": ")
                + item.where;
            if (!item.stage.isEmpty())
                where += tr(" (stage %1)").arg(item.stage);
            if (!item.file.isEmpty())
                where += tr(" (%1:%2, logical id %3)").arg(QFileInfo(item.file).fileName()).arg(item.line).arg(item.logicalId);
            h += QStringLiteral("<li><b>%1</b> [%2]: %3</li>").arg(esc(where), esc(level), esc(item.message));
        }
        h += QStringLiteral("</ul>");
    }

    QList<io::Diagnostic> problems = diagnostics;
    problems += compiled.problems;
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Problems")));
    if (problems.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        h += QStringLiteral("<ul>");
        for (const io::Diagnostic &d : std::as_const(problems))
            h += QStringLiteral("<li><code>%1</code></li>").arg(esc(d.format()));
        h += QStringLiteral("</ul>");
    }
    return h;
}

} // namespace gw::ui
