// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorerpanel.h"

#include "formatting.h"
#include "projectdocument.h"

#include <QHeaderView>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace gw::ui {

namespace {

QStandardItem *makeItem(const QString &text, const QString &icon, ExplorerPanel::Kind kind,
                        const QString &apiId, const QString &stage = {}, const QString &key = {})
{
    auto *item = new QStandardItem(text);
    item->setData(key, ExplorerPanel::KeyRole);
    if (!icon.isEmpty())
        item->setIcon(QIcon(QStringLiteral(":/gatehouse/icons/%1.svg").arg(icon)));
    item->setEditable(false);
    item->setData(int(kind), ExplorerPanel::KindRole);
    item->setData(apiId, ExplorerPanel::ApiIdRole);
    if (!stage.isEmpty())
        item->setData(stage, ExplorerPanel::StageRole);
    return item;
}

QString integrationSummary(const model::Operation &op)
{
    if (!op.integration)
        return ExplorerPanel::tr("no integration");
    QString s = model::integrationTypeName(op.integration->type).toUpper();
    if (!op.integration->uri.isEmpty())
        s += QLatin1Char(' ') + op.integration->uri;
    return s;
}

/// Adds the REST resource tree of `definition` under `parent`: one node per path segment, methods first.
void addResources(QStandardItem *parent, const model::ApiDefinition &definition, const QString &apiId)
{
    QHash<QString, QStandardItem *> nodes; // full resource path -> item
    auto node = [&](const QString &path, auto &&self) -> QStandardItem * {
        if (QStandardItem *found = nodes.value(path))
            return found;
        QStandardItem *item;
        const QString key = QStringLiteral("resource:%1:%2").arg(apiId, path);
        if (path == QLatin1String("/")) {
            item = makeItem(QStringLiteral("/"), QStringLiteral("resource"), ExplorerPanel::ResourceItem,
                            apiId, {}, key);
            parent->appendRow(item);
        } else {
            const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
            const QString parentPath = slash <= 0 ? QStringLiteral("/") : path.left(slash);
            QStandardItem *up = self(parentPath, self);
            item = makeItem(path.mid(slash), QStringLiteral("resource"), ExplorerPanel::ResourceItem, apiId,
                            {}, key);
            up->appendRow(item);
        }
        item->setData(path, ExplorerPanel::ResourcePathRole);
        item->setToolTip(path);
        nodes.insert(path, item);
        return item;
    };
    node(QStringLiteral("/"), node);
    for (const model::PathItem &p : definition.paths) {
        QString path = p.path;
        while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        QStandardItem *resource = node(path, node);
        int insertAt = 0; // methods go before child resources
        while (insertAt < resource->rowCount()
               && resource->child(insertAt)->data(ExplorerPanel::KindRole).toInt() == ExplorerPanel::MethodItem)
            ++insertAt;
        resource->setData(p.path, ExplorerPanel::ResourcePathRole); // as the definition spells it
        for (const model::Operation &op : p.operations) {
            QStandardItem *m = makeItem(op.method, QStringLiteral("method"), ExplorerPanel::MethodItem, apiId,
                                        {}, QStringLiteral("method:%1:%2:%3").arg(apiId, path, op.method));
            m->setData(p.path, ExplorerPanel::ResourcePathRole);
            m->setData(op.method, ExplorerPanel::MethodRole);
            m->setToolTip(QStringLiteral("%1 %2\n%3").arg(op.method, path, integrationSummary(op)));
            resource->insertRow(insertAt++, m);
        }
    }
}

} // namespace

ExplorerPanel::ExplorerPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Project explorer"));
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT selected(current.data(ApiIdRole).toString(), current.data(StageRole).toString());
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString url = index.data(UrlRole).toString();
        if (!url.isEmpty())
            Q_EMIT urlActivated(url);
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu *menu = createContextMenu(index);
        if (!menu->isEmpty())
            menu->exec(m_view->viewport()->mapToGlobal(pos));
        delete menu;
    });
}

void ExplorerPanel::setProject(const model::Project &project)
{
    build(project);
    // Everything open when it fits on a screen or two; large definitions open to their top-level resources.
    qsizetype items = 0;
    for (const model::Api &api : project.apis) {
        for (const model::PathItem &p : api.definition.paths)
            items += 1 + p.operations.size();
        items += 2 * api.stages.size();
    }
    if (items < 150)
        m_view->expandAll();
    else
        m_view->expandToDepth(2);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void ExplorerPanel::refreshProject(const model::Project &project)
{
    // Remember what is open and selected by the items' stable keys, rebuild, restore.
    QSet<QString> expanded;
    QSet<QString> known;
    auto walk = [&](QStandardItem *parent, auto &&self) -> void {
        for (int row = 0; row < parent->rowCount(); ++row) {
            QStandardItem *item = parent->child(row);
            const QString key = item->data(KeyRole).toString();
            known.insert(key);
            if (m_view->isExpanded(item->index()))
                expanded.insert(key);
            self(item, self);
        }
    };
    walk(m_model->invisibleRootItem(), walk);
    const QString current = m_view->currentIndex().data(KeyRole).toString();
    const int scroll = m_view->verticalScrollBar() ? m_view->verticalScrollBar()->value() : 0;

    {
        const QSignalBlocker block(m_view->selectionModel());
        build(project);
    }
    auto restore = [&](QStandardItem *parent, auto &&self) -> void {
        for (int row = 0; row < parent->rowCount(); ++row) {
            QStandardItem *item = parent->child(row);
            const QString key = item->data(KeyRole).toString();
            // New items (a resource an edit added) open like their neighbours.
            if (expanded.contains(key) || !known.contains(key))
                m_view->expand(item->index());
            self(item, self);
        }
    };
    restore(m_model->invisibleRootItem(), restore);
    QStandardItem *now = itemForKey(current);
    if (!now && m_model->rowCount() > 0)
        now = m_model->item(0);
    if (now) {
        const QSignalBlocker block(m_view->selectionModel());
        m_view->setCurrentIndex(now->index());
    }
    if (m_view->verticalScrollBar())
        m_view->verticalScrollBar()->setValue(scroll);
    if (now && now->data(KeyRole).toString() != current)
        Q_EMIT selected(now->data(ApiIdRole).toString(), now->data(StageRole).toString());
}

QStandardItem *ExplorerPanel::itemForKey(const QString &key) const
{
    if (key.isEmpty())
        return nullptr;
    const QModelIndexList found
        = m_model->match(m_model->index(0, 0), KeyRole, key, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : m_model->itemFromIndex(found.first());
}

QMenu *ExplorerPanel::createContextMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    const QString apiId = index.data(ApiIdRole).toString();
    const model::Api *api = m_project.api(apiId);
    if (!api)
        return menu;
    const int kind = index.data(KindRole).toInt();
    const QString resourcePath = index.data(ResourcePathRole).toString();
    const QString method = index.data(MethodRole).toString();
    static const QRegularExpression param(QStringLiteral("\\{[^}]*\\}"));

    if ((kind == ResourceItem || kind == MethodItem) && api->protocol == model::Protocol::Rest) {
        QAction *enable = menu->addAction(QIcon(QStringLiteral(":/gatehouse/icons/cors.svg")),
                                          tr("Enable &CORS on %1…").arg(resourcePath));
        if (!api->definition.path(resourcePath)) {
            enable->setEnabled(false);
            enable->setToolTip(tr("%1 has no methods of its own; enable CORS on the resource that has them.")
                                   .arg(resourcePath));
        }
        connect(enable, &QAction::triggered, this,
                [this, apiId, resourcePath] { Q_EMIT enableCorsRequested(apiId, resourcePath); });
    }
    if (kind == ResourceItem || kind == MethodItem || kind == RouteItem) {
        QString path = resourcePath;
        QString routeMethod = method;
        if (kind == RouteItem) {
            const QString key = index.data(Qt::DisplayRole).toString(); // "GET /pets" or "$default"
            const qsizetype space = key.indexOf(QLatin1Char(' '));
            routeMethod = space > 0 ? key.left(space) : QString();
            path = space > 0 ? key.mid(space + 1) : QStringLiteral("/");
            path.replace(QStringLiteral("{proxy+}"), QStringLiteral("anything"));
        }
        if (routeMethod == QLatin1String("ANY") || routeMethod == QLatin1String("OPTIONS"))
            routeMethod.clear();
        path.replace(param, QStringLiteral("1"));
        const QString stage = api->stages.isEmpty() ? QString() : api->stages.first().name;
        if (!path.isEmpty() && !stage.isEmpty()) {
            QAction *lab = menu->addAction(QIcon(QStringLiteral(":/gatehouse/icons/cors.svg")),
                                           tr("Test in the CORS &Lab"));
            connect(lab, &QAction::triggered, this, [this, apiId, stage, path, routeMethod] {
                Q_EMIT corsLabRequested(apiId, stage, path, routeMethod);
            });
        }
    }
    if (kind == StageItem || kind == UrlItem) {
        const QString stageName = index.data(StageRole).toString();
        const model::Stage *stage = api->stage(stageName);
        if (stage && !stage->autoDeploy) {
            QAction *deploy = menu->addAction(QIcon(QStringLiteral(":/gatehouse/icons/deploy.svg")),
                                              tr("&Deploy to %1…").arg(stageName));
            connect(deploy, &QAction::triggered, this,
                    [this, apiId, stageName] { Q_EMIT deployRequested(apiId, stageName); });
        }
    }
    return menu;
}

void ExplorerPanel::build(const model::Project &project)
{
    m_project = project;
    m_model->clear();
    m_urlItems.clear();
    QStandardItem *root = m_model->invisibleRootItem();
    for (const model::Api &api : project.apis) {
        const QString title = api.definition.title();
        QStandardItem *apiItem = makeItem(
            tr("%1 (%2) · %3")
                .arg(title.isEmpty() ? api.id : title, api.id, Formatting::protocolLabel(api.protocol)),
            QStringLiteral("api"), ApiItem, api.id, {}, QStringLiteral("api:%1").arg(api.id));
        apiItem->setToolTip(api.definition.document[u"info"][u"description"].toString());
        root->appendRow(apiItem);

        if (api.protocol == model::Protocol::Rest) {
            QStandardItem *folder = makeItem(tr("Resources"), {}, FolderItem, api.id, {},
                                             QStringLiteral("resources:%1").arg(api.id));
            apiItem->appendRow(folder);
            addResources(folder, api.definition, api.id);
        } else if (api.protocol == model::Protocol::WebSocket) {
            QStandardItem *folder
                = makeItem(tr("Routes"), {}, FolderItem, api.id, {}, QStringLiteral("routes:%1").arg(api.id));
            apiItem->appendRow(folder);
            for (const auto &[key, route] : api.definition.document[u"routes"].members()) {
                QStandardItem *r = makeItem(key, QStringLiteral("method"), RouteItem, api.id, {},
                                            QStringLiteral("route:%1:%2").arg(api.id, key));
                r->setToolTip(tr("%1\nintegration: %2%3")
                                  .arg(key, route[u"integration"][u"type"].toString().toUpper(),
                                       route[u"routeResponse"].toBool() ? tr(", two-way") : QString()));
                folder->appendRow(r);
            }
        } else {
            QStandardItem *folder
                = makeItem(tr("Routes"), {}, FolderItem, api.id, {}, QStringLiteral("routes:%1").arg(api.id));
            apiItem->appendRow(folder);
            for (const model::PathItem &p : api.definition.paths) {
                for (const model::Operation &op : p.operations) {
                    const QString key = p.path == QLatin1String("$default") ? p.path : op.method + QLatin1Char(' ') + p.path;
                    QStandardItem *r = makeItem(key, QStringLiteral("method"), RouteItem, api.id, {},
                                                QStringLiteral("route:%1:%2").arg(api.id, key));
                    r->setData(p.path, ResourcePathRole);
                    r->setData(op.method, MethodRole);
                    r->setToolTip(QStringLiteral("%1\n%2").arg(key, integrationSummary(op)));
                    folder->appendRow(r);
                }
            }
        }

        QStandardItem *stages
            = makeItem(tr("Stages"), {}, FolderItem, api.id, {}, QStringLiteral("stages:%1").arg(api.id));
        apiItem->appendRow(stages);
        for (const model::Stage &stage : api.stages) {
            QString text = stage.name;
            const bool undeployed = hasUndeployedChanges(api, stage);
            if (undeployed) // first, where a narrow tree still shows it
                text += QStringLiteral("  ● ") + tr("undeployed changes");
            if (stage.autoDeploy)
                text += QStringLiteral("  ·  ") + tr("auto-deploy");
            else if (!stage.deploymentId.isEmpty())
                text += QStringLiteral("  ·  ") + tr("deployment %1").arg(stage.deploymentId);
            QStandardItem *s = makeItem(text, QStringLiteral("stage"), StageItem, api.id, stage.name,
                                        QStringLiteral("stage:%1:%2").arg(api.id, stage.name));
            s->setData(undeployed, UndeployedRole);
            if (undeployed) {
                s->setForeground(Formatting::statusColor(400, m_view->palette()));
                s->setData(api.deployment(stage.deploymentId)
                               ? tr("The working copy differs from deployment %1, which stage %2 serves. "
                                    "Deploy (F5) to "
                                    "serve the changes.")
                                     .arg(stage.deploymentId, stage.name)
                               : tr("Stage %1 has no deployment: it serves nothing until you deploy (F5).")
                                     .arg(stage.name),
                           Qt::StatusTipRole);
            }
            if (!stage.description.isEmpty())
                s->setToolTip(stage.description);
            QStandardItem *url = makeItem({}, {}, UrlItem, api.id, stage.name,
                                          QStringLiteral("url:%1:%2").arg(api.id, stage.name));
            url->setData(api.protocol == model::Protocol::WebSocket, WebSocketRole);
            s->appendRow(url);
            m_urlItems.append(url);
            stages->appendRow(s);
        }
    }
    refreshUrls();
}

void ExplorerPanel::setPort(quint16 port)
{
    if (port == m_port)
        return;
    m_port = port;
    refreshUrls();
}

void ExplorerPanel::refreshUrls()
{
    for (QStandardItem *item : std::as_const(m_urlItems)) {
        const QString apiId = item->data(ApiIdRole).toString();
        const QString stage = item->data(StageRole).toString();
        if (m_port == 0) {
            item->setText(tr("Invoke URL: start the gateway"));
            item->setData({}, UrlRole);
            item->setToolTip({});
            item->setForeground(m_view->palette().brush(QPalette::PlaceholderText));
        } else {
            const bool webSocket = item->data(WebSocketRole).toBool();
            const QString url = Formatting::invokeUrl(apiId, stage, m_port, webSocket);
            item->setText(url);
            item->setData(url, UrlRole);
            const QString pathUrl = Formatting::pathInvokeUrl(apiId, stage, m_port, webSocket);
            item->setToolTip(pathUrl.isEmpty() ? tr("%1\nDouble-click to copy.").arg(url)
                                               : tr("%1\nPath form: %2\nDouble-click to copy.").arg(url, pathUrl));
            item->setForeground(m_view->palette().brush(QPalette::Link));
        }
        const QString note = item->parent()->data(Qt::StatusTipRole).toString();
        item->parent()->setToolTip(note.isEmpty() ? item->toolTip()
                                                  : note + QLatin1Char('\n') + item->toolTip());
    }
}

} // namespace gw::ui
