// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace gw::ui {

/// A non-modal message line above the center view: what an edit did and what to do next, with buttons for the
/// next step. Stays until closed or replaced.
class NoticeBar final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning };

    explicit NoticeBar(QWidget *parent = nullptr);

    /// Shows `html`, replacing the current notice and its buttons.
    void showNotice(const QString &html, Kind kind = Kind::Info);
    /// Adds a button to the current notice; clicking it runs `onClick` and closes the notice.
    QPushButton *addButton(const QString &text, std::function<void()> onClick);
    void dismiss();

    QString text() const;
    QList<QPushButton *> buttons() const { return m_buttons; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttonRow;
    QToolButton *m_close;
    QList<QPushButton *> m_buttons;
};

} // namespace gw::ui
