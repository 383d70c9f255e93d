// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace gw::ui {

/// Lets a tree view wrap long text (sentences of explanation) in its columns: QTreeView measures rows without
/// the columns' widths, so on its own it elides. Rows are measured at the width of their column, and
/// re-measured when a column is resized. Install with install(); the view owns the delegate.
class WrapDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Turns on word wrap in `view`, with rows as tall as their wrapped text.
    static WrapDelegate *install(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    explicit WrapDelegate(QTreeView *view);

    QTreeView *m_view; ///< the parent
};

} // namespace gw::ui
