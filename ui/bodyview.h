// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QsciLexerJSON;
class QsciScintilla;

namespace gw::ui {

/// A read-only view of a captured request or response body: JSON pretty-printed and coloured when it parses, raw
/// text otherwise, a hex dump for binary data, and a caption with the size. When only the start of the body was
/// captured (ExchangeRecord::bodyCaptureLimit), a notice above the text says so: "Showing the first 256 KB of
/// 3.2 MB; the rest was not kept."
///
/// A View choice switches between Pretty (the above), Raw (the bytes as UTF-8 text, as sent), Hex (offsets, bytes and
/// ASCII of the first 64 KB) and Image (offered when the body decodes as a picture: PNG, JPEG, GIF, BMP, WebP, SVG,
/// ... shown at its size). Pictures open as Image; other bodies open in the text view chosen last.
class BodyView final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Pretty, Raw, Hex, Image };

    explicit BodyView(QWidget *parent = nullptr);

    /// `captured` is the first bytes of a body of `totalSize` bytes.
    void setBody(const QByteArray &captured, qint64 totalSize, QByteArrayView contentType);
    void clear();
    /// The caption for an empty body; "No body" unless set.
    void setEmptyCaption(const QString &caption);
    QString text() const;
    QString caption() const;
    /// The notice shown when the body was cut; empty when the whole body is shown.
    QString cutNotice() const;

    Mode mode() const { return m_mode; }
    /// Shows the body as `mode`; false (nothing changes) when the body cannot be shown so (Image of a non-image).
    bool setMode(Mode mode);
    bool isImageAvailable() const { return !m_image.isNull(); }
    QComboBox *modeCombo() const { return m_modeCombo; }
    /// The picture shown in Image mode (null pixmap otherwise).
    QLabel *imageLabel() const { return m_imageLabel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    /// Fills the editor or the picture for m_mode, and the caption.
    void render();
    void updateModeItems();

    QLabel *m_caption;
    QComboBox *m_modeCombo;
    QLabel *m_cutNotice;
    QStackedWidget *m_stack;
    QsciScintilla *m_editor;
    QScrollArea *m_imageArea;
    QLabel *m_imageLabel;
    QsciLexerJSON *m_lexer;
    QString m_emptyCaption;
    bool m_json = false;

    QByteArray m_captured;
    QByteArray m_contentType;
    qint64 m_totalSize = 0;
    QImage m_image;          ///< the body decoded as a picture; null when it is not one
    QByteArray m_imageFormat; ///< "png", "jpeg", ...
    Mode m_mode = Mode::Pretty;
    Mode m_textMode = Mode::Pretty; ///< the last text view chosen (Pretty, Raw, Hex): the next text body opens so
};

} // namespace gw::ui
