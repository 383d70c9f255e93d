// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QsciLexerJSON;
class QsciScintilla;

namespace gw::ui {

/// A read-only view of a captured request or response body: JSON pretty-printed and coloured when it parses, raw
/// text otherwise, a hex dump for binary data, and a caption saying when only the start was captured.
class BodyView final : public QWidget
{
    Q_OBJECT
public:
    explicit BodyView(QWidget *parent = nullptr);

    /// `captured` is the first bytes of a body of `totalSize` bytes.
    void setBody(const QByteArray &captured, qint64 totalSize, QByteArrayView contentType);
    void clear();
    /// The caption for an empty body; "No body" unless set.
    void setEmptyCaption(const QString &caption);
    QString text() const;
    QString caption() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_caption;
    QsciScintilla *m_editor;
    QsciLexerJSON *m_lexer;
    QString m_emptyCaption;
    bool m_json = false;
};

} // namespace gw::ui
