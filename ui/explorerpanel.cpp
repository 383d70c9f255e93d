// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorerpanel.h"

#include "formatting.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace gw::ui {

namespace {

QStandardItem *makeItem(const QString &text, const QString &icon, ExplorerPanel::Kind kind, const QString &apiId,
                        const QString &stage = {})
{
    auto *item = new QStandardItem(text);
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
        if (path == QLatin1String("/")) {
            item = makeItem(QStringLiteral("/"), QStringLiteral("resource"), ExplorerPanel::ResourceItem, apiId);
            parent->appendRow(item);
        } else {
            const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
            const QString parentPath = slash <= 0 ? QStringLiteral("/") : path.left(slash);
            QStandardItem *up = self(parentPath, self);
            item = makeItem(path.mid(slash), QStringLiteral("resource"), ExplorerPanel::ResourceItem, apiId);
            up->appendRow(item);
        }
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
        for (const model::Operation &op : p.operations) {
            QStandardItem *m = makeItem(op.method, QStringLiteral("method"), ExplorerPanel::MethodItem, apiId);
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
}

void ExplorerPanel::setProject(const model::Project &project)
{
    m_model->clear();
    m_urlItems.clear();
    QStandardItem *root = m_model->invisibleRootItem();
    for (const model::Api &api : project.apis) {
        const QString title = api.definition.title();
        QStandardItem *apiItem = makeItem(
            tr("%1 (%2) · %3").arg(title.isEmpty() ? api.id : title, api.id, Formatting::protocolLabel(api.protocol)),
            QStringLiteral("api"), ApiItem, api.id);
        apiItem->setToolTip(api.definition.document[u"info"][u"description"].toString());
        root->appendRow(apiItem);

        if (api.protocol == model::Protocol::Rest) {
            QStandardItem *folder = makeItem(tr("Resources"), {}, FolderItem, api.id);
            apiItem->appendRow(folder);
            addResources(folder, api.definition, api.id);
        } else {
            QStandardItem *folder = makeItem(tr("Routes"), {}, FolderItem, api.id);
            apiItem->appendRow(folder);
            for (const model::PathItem &p : api.definition.paths) {
                for (const model::Operation &op : p.operations) {
                    const QString key = p.path == QLatin1String("$default") ? p.path : op.method + QLatin1Char(' ') + p.path;
                    QStandardItem *r = makeItem(key, QStringLiteral("method"), RouteItem, api.id);
                    r->setToolTip(QStringLiteral("%1\n%2").arg(key, integrationSummary(op)));
                    folder->appendRow(r);
                }
            }
        }

        QStandardItem *stages = makeItem(tr("Stages"), {}, FolderItem, api.id);
        apiItem->appendRow(stages);
        for (const model::Stage &stage : api.stages) {
            QString text = stage.name;
            if (stage.autoDeploy)
                text += QStringLiteral("  ·  ") + tr("auto-deploy");
            else if (!stage.deploymentId.isEmpty())
                text += QStringLiteral("  ·  ") + tr("deployment %1").arg(stage.deploymentId);
            QStandardItem *s = makeItem(text, QStringLiteral("stage"), StageItem, api.id, stage.name);
            if (!stage.description.isEmpty())
                s->setToolTip(stage.description);
            QStandardItem *url = makeItem({}, {}, UrlItem, api.id, stage.name);
            s->appendRow(url);
            m_urlItems.append(url);
            stages->appendRow(s);
        }
    }
    refreshUrls();
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
            const QString url = Formatting::invokeUrl(apiId, stage, m_port);
            item->setText(url);
            item->setData(url, UrlRole);
            const QString pathUrl = Formatting::pathInvokeUrl(apiId, stage, m_port);
            item->setToolTip(pathUrl.isEmpty() ? tr("%1\nDouble-click to copy.").arg(url)
                                               : tr("%1\nPath form: %2\nDouble-click to copy.").arg(url, pathUrl));
            item->setForeground(m_view->palette().brush(QPalette::Link));
        }
        item->parent()->setToolTip(item->toolTip());
    }
}

} // namespace gw::ui
