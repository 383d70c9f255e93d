// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QWidget>

class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace gw::ui {

/// The project tree: each API with its resources and methods (REST) or routes (HTTP), and its stages with their
/// deployment and invoke URL. Built from a model::Project snapshot; selecting anything names an API and, when it
/// is a stage or inside one, a stage.
class ExplorerPanel final : public QWidget
{
    Q_OBJECT
public:
    enum Role { ApiIdRole = Qt::UserRole + 1, StageRole, KindRole, UrlRole };
    enum Kind { ApiItem, FolderItem, ResourceItem, MethodItem, RouteItem, StageItem, UrlItem };

    explicit ExplorerPanel(QWidget *parent = nullptr);

    void setProject(const model::Project &project);
    /// Updates the invoke URLs; `port` 0 means the gateway is not running.
    void setPort(quint16 port);

    QStandardItemModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    /// The selection moved to something of API `apiId`; `stage` is empty when the item is not in a stage.
    void selected(const QString &apiId, const QString &stage);
    /// An invoke URL item was activated (double-click or Enter).
    void urlActivated(const QString &url);

private:
    void refreshUrls();

    QStandardItemModel *m_model;
    QTreeView *m_view;
    QList<QStandardItem *> m_urlItems; ///< owned by m_model; rebuilt with it
    quint16 m_port = 0;
};

} // namespace gw::ui
