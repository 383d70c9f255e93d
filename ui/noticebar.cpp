// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>

namespace gw::ui {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttonRow(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("NoticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Notice"));
    layout->addWidget(m_text, 1);
    m_buttonRow->setSpacing(4);
    layout->addLayout(m_buttonRow);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this notice"));
    m_close->setAccessibleName(tr("Close notice"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &NoticeBar::dismiss);
    hide();
}

void NoticeBar::showNotice(const QString &html, Kind kind)
{
    for (QPushButton *b : std::as_const(m_buttons))
        b->deleteLater();
    m_buttons.clear();
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint(0x2563eb); // blue
    if (kind == Kind::Success) {
        tint = QColor(0x16a34a);
    } else if (kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xd97706);
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    // A light wash of the kind's colour over the window colour, so it reads in light and dark themes.
    QPalette p = palette();
    const QColor base
        = parentWidget() ? parentWidget()->palette().color(QPalette::Window) : p.color(QPalette::Window);
    const auto mix = [](int a, int b) {
        return (a * 82 + b * 18) / 100;
    };
    p.setColor(
        QPalette::Window,
        QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()), mix(base.blue(), tint.blue())));
    setPalette(p);
    m_text->setText(html);
    show();
}

QPushButton *NoticeBar::addButton(const QString &text, std::function<void()> onClick)
{
    auto *button = new QPushButton(text, this);
    m_buttonRow->addWidget(button);
    m_buttons.append(button);
    connect(button, &QPushButton::clicked, this, [this, onClick = std::move(onClick)] {
        const auto run = onClick; // dismiss() deletes the button that owns this lambda
        dismiss();
        if (run)
            run();
    });
    return button;
}

void NoticeBar::dismiss()
{
    for (QPushButton *b : std::as_const(m_buttons)) {
        b->hide();
        b->deleteLater();
    }
    m_buttons.clear();
    hide();
}

QString NoticeBar::text() const
{
    QTextDocument doc;
    doc.setHtml(m_text->text());
    return doc.toPlainText();
}

} // namespace gw::ui
