// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrapdelegate.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace gw::ui {

WrapDelegate::WrapDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{ }

WrapDelegate *WrapDelegate::install(QTreeView *view)
{
    auto *delegate = new WrapDelegate(view);
    view->setItemDelegate(delegate);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    // Re-measure once per burst of resizes (dragging a splitter resizes many times).
    auto *relayout = new QTimer(delegate);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, view, [view] { view->doItemsLayout(); });
    connect(view->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
    return delegate;
}

QSize WrapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    int width = m_view->columnWidth(index.column());
    if (index.column() == 0) {
        // The first column also holds the branch indentation.
        int depth = 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        width -= m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
    }
    // The style wraps only inside a valid rectangle; its height does not limit the text.
    opt.rect = QRect(0, 0, std::max(width, 40), std::max(option.rect.height(), 1));
    opt.features |= QStyleOptionViewItem::WrapText;
    return QStyledItemDelegate::sizeHint(opt, index);
}

} // namespace gw::ui
