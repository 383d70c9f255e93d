// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QWidget>

class QMenu;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace gw::ui {

/// The project tree: each API with its resources and methods (REST) or routes (HTTP), and its stages with
/// their deployment, a mark when they do not serve the working copy ("undeployed changes"), and invoke URL.
/// Built from a model::Project snapshot; selecting anything names an API and, when it is a stage or inside
/// one, a stage. The context menu offers what applies to the item: Enable CORS on a REST resource, Deploy on
/// a stage, and testing a route in the CORS Lab.
class ExplorerPanel final : public QWidget
{
    Q_OBJECT
public:
    enum Role {
        ApiIdRole = Qt::UserRole + 1,
        StageRole,
        KindRole,
        UrlRole,
        ResourcePathRole,
        MethodRole,
        KeyRole,
        UndeployedRole,
        WebSocketRole ///< UrlItem: the API is a WebSocket API (ws:// URLs)
    };
    enum Kind { ApiItem, FolderItem, ResourceItem, MethodItem, RouteItem, StageItem, UrlItem };

    explicit ExplorerPanel(QWidget *parent = nullptr);

    /// Shows a newly opened project: everything expanded when it is small, the first API selected.
    void setProject(const model::Project &project);
    /// Shows an edited snapshot of the same project, keeping what is expanded and selected.
    void refreshProject(const model::Project &project);
    /// The actions for `index`'s item (empty menu when none apply); the caller owns the menu.
    QMenu *createContextMenu(const QModelIndex &index);
    /// The item with KeyRole `key` ("stage:petstore:prod", "resource:petstore:/pets",
    /// "method:petstore:/pets:GET", "api:petstore", ...), or null.
    QStandardItem *itemForKey(const QString &key) const;
    /// Updates the invoke URLs; `port` 0 means the gateway is not running.
    void setPort(quint16 port);

    QStandardItemModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    /// The selection moved to something of API `apiId`; `stage` is empty when the item is not in a stage.
    void selected(const QString &apiId, const QString &stage);
    /// An invoke URL item was activated (double-click or Enter).
    void urlActivated(const QString &url);
    void enableCorsRequested(const QString &apiId, const QString &resourcePath);
    void deployRequested(const QString &apiId, const QString &stage);
    /// Test `method` `path` (a sample path within the stage) in the CORS Lab.
    void corsLabRequested(const QString &apiId, const QString &stage, const QString &path,
                          const QString &method);

private:
    void build(const model::Project &project);
    void refreshUrls();

    QStandardItemModel *m_model;
    QTreeView *m_view;
    QList<QStandardItem *> m_urlItems; ///< owned by m_model; rebuilt with it
    quint16 m_port = 0;
    model::Project m_project; ///< the snapshot shown
};

} // namespace gw::ui
