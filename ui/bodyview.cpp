// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodyview.h"

#include "formatting.h"

#include "observe/exchangerecord.h"

#include <QBuffer>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>

namespace gw::ui {

BodyView::BodyView(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_modeCombo(new QComboBox(this))
    , m_cutNotice(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_editor(new QsciScintilla(m_stack))
    , m_imageArea(new QScrollArea(m_stack))
    , m_imageLabel(new QLabel)
    , m_lexer(new QsciLexerJSON(this))
    , m_emptyCaption(tr("No body"))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_caption, 1);
    m_modeCombo->addItem(tr("Pretty"), int(Mode::Pretty));
    m_modeCombo->addItem(tr("Raw"), int(Mode::Raw));
    m_modeCombo->addItem(tr("Hex"), int(Mode::Hex));
    m_modeCombo->addItem(tr("Image"), int(Mode::Image));
    m_modeCombo->setAccessibleName(tr("Show the body as"));
    m_modeCombo->setToolTip(tr("Pretty: JSON formatted · Raw: as sent · Hex: the bytes · Image: the picture"));
    m_modeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(m_modeCombo);
    layout->addLayout(top);
    connect(m_modeCombo, &QComboBox::activated, this, [this](int index) {
        setMode(Mode(m_modeCombo->itemData(index).toInt()));
    });
    m_cutNotice->setObjectName(QStringLiteral("bodyCutNotice"));
    m_cutNotice->setAccessibleName(tr("Body cut"));
    m_cutNotice->setWordWrap(true);
    m_cutNotice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Amber, as warnings are elsewhere; a border rather than a fill keeps it readable in every theme.
    m_cutNotice->setStyleSheet(QStringLiteral("QLabel#bodyCutNotice { border-left: 3px solid #d97706; "
                                              "padding: 2px 6px; font-weight: bold; }"));
    m_cutNotice->hide();
    layout->addWidget(m_cutNotice);
    m_stack->addWidget(m_editor);
    m_imageLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_imageLabel->setAccessibleName(tr("Body as an image"));
    m_imageArea->setWidget(m_imageLabel);
    m_imageArea->setWidgetResizable(false);
    m_imageArea->setBackgroundRole(QPalette::Base);
    m_stack->addWidget(m_imageArea);
    layout->addWidget(m_stack, 1);

    m_editor->setReadOnly(true);
    m_editor->setUtf8(true);
    m_editor->setMarginWidth(0, 0);
    m_editor->setMarginWidth(1, 0);
    m_editor->setWrapMode(QsciScintilla::WrapWord);
    m_editor->setCaretLineVisible(false);
    m_editor->setFolding(QsciScintilla::NoFoldStyle);
    // With annotations shown (QScintilla's default), Scintilla lays out every inserted line as it is inserted:
    // 100 ms for 256 KB of wrapped JSON instead of the visible lines now and the rest when idle.
    m_editor->setAnnotationDisplay(QsciScintilla::AnnotationHidden);
    m_editor->setAccessibleName(tr("Body"));
    m_lexer->setHighlightComments(false);
    applyColours();
    clear();
}

void BodyView::applyColours()
{
    const QPalette pal = palette();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const bool dark = pal.color(QPalette::Base).lightnessF() < 0.5;
    m_lexer->setDefaultPaper(pal.color(QPalette::Base));
    m_lexer->setDefaultColor(pal.color(QPalette::Text));
    m_lexer->setDefaultFont(mono);
    m_lexer->setPaper(pal.color(QPalette::Base), -1);
    m_lexer->setFont(mono, -1);
    m_lexer->setColor(pal.color(QPalette::Text), -1);
    m_lexer->setColor(dark ? QColor(0x93, 0xc5, 0xfd) : QColor(0x1d, 0x4e, 0xd8), QsciLexerJSON::Property);
    m_lexer->setColor(dark ? QColor(0x86, 0xef, 0xac) : QColor(0x15, 0x80, 0x3d), QsciLexerJSON::String);
    m_lexer->setColor(dark ? QColor(0xfd, 0xba, 0x74) : QColor(0xb4, 0x53, 0x09), QsciLexerJSON::Number);
    m_lexer->setColor(dark ? QColor(0xd8, 0xb4, 0xfe) : QColor(0x7e, 0x22, 0xce), QsciLexerJSON::Keyword);
    m_lexer->setColor(dark ? QColor(0x86, 0xef, 0xac) : QColor(0x15, 0x80, 0x3d), QsciLexerJSON::IRI);
    m_editor->setPaper(pal.color(QPalette::Base));
    m_editor->setColor(pal.color(QPalette::Text));
    m_editor->setFont(mono);
    m_editor->setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    m_editor->setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    m_editor->setLexer(m_json ? m_lexer : nullptr);
    if (!m_json) {
        m_editor->setPaper(pal.color(QPalette::Base));
        m_editor->setColor(pal.color(QPalette::Text));
        m_editor->setFont(mono);
    }
}

void BodyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    QWidget::changeEvent(event);
}

namespace {

/// The picture a body holds, when it is one: decoded only when the content type says image/ or the first bytes are
/// a known picture signature, so text bodies cost nothing.
QImage decodeImage(const QByteArray &bytes, QByteArrayView contentType, QByteArray *format)
{
    const QByteArray type = contentType.toByteArray().toLower();
    const bool declared = type.startsWith("image/");
    const bool signature = bytes.startsWith("\x89PNG") || bytes.startsWith("\xff\xd8\xff") || bytes.startsWith("GIF8")
                           || bytes.startsWith("BM") || (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP");
    if (!declared && !signature)
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    // A hostile header can claim a huge canvas: refuse what would not fit in 64 megapixels.
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > 64LL * 1024 * 1024)
        return {};
    *format = reader.format();
    return reader.read();
}

} // namespace

void BodyView::setBody(const QByteArray &captured, qint64 totalSize, QByteArrayView contentType)
{
    m_captured = captured;
    m_contentType = contentType.toByteArray();
    m_totalSize = std::max<qint64>(totalSize, captured.size());
    m_imageFormat.clear();
    m_image = captured.isEmpty() ? QImage() : decodeImage(captured, contentType, &m_imageFormat);
    updateModeItems();
    m_mode = m_image.isNull() ? m_textMode : Mode::Image;
    render();

    const qint64 size = m_totalSize;
    if (size > captured.size()) {
        // The capture limits are round numbers: "256 KB", "8 MB" rather than "256.0 KB".
        const qint64 kept = captured.size();
        const QString shown = kept >= 1024 * 1024 && kept % (1024 * 1024) == 0 ? tr("%1 MB").arg(kept / (1024 * 1024))
                            : kept >= 1024 && kept % 1024 == 0               ? tr("%1 KB").arg(kept / 1024)
                                                                             : Formatting::byteSize(kept);
        m_cutNotice->setText(tr("Showing the first %1 of %2; the rest was not kept.").arg(shown, Formatting::byteSize(size)));
        m_cutNotice->show();
    } else {
        m_cutNotice->hide();
    }
}

bool BodyView::setMode(Mode mode)
{
    if (mode == Mode::Image && m_image.isNull())
        return false;
    m_mode = mode;
    if (mode != Mode::Image)
        m_textMode = mode;
    render();
    return true;
}

void BodyView::updateModeItems()
{
    auto *items = qobject_cast<QStandardItemModel *>(m_modeCombo->model());
    if (QStandardItem *image = items ? items->item(int(Mode::Image)) : nullptr) {
        image->setEnabled(!m_image.isNull());
        image->setToolTip(m_image.isNull() ? tr("The body is not a picture Gatehouse can decode") : QString());
    }
    m_modeCombo->setEnabled(!m_captured.isEmpty());
}

void BodyView::render()
{
    m_modeCombo->setCurrentIndex(int(m_mode));
    QString caption = m_totalSize == 0 ? m_emptyCaption : tr("%1 bytes").arg(QLocale().toString(m_totalSize));
    if (m_captured.isEmpty()) {
        m_editor->clear();
        m_imageLabel->setPixmap({});
        m_stack->setCurrentWidget(m_editor);
        m_caption->setText(caption);
        return;
    }
    bool json = false;
    QString text;
    switch (m_mode) {
    case Mode::Pretty: {
        const BodyText body = bodyText(m_captured, m_contentType);
        json = body.json;
        text = body.text;
        if (body.binary)
            caption += tr(" · binary data, shown as hex");
        else if (body.formatted)
            caption += tr(" · JSON, formatted");
        break;
    }
    case Mode::Raw:
        text = QString::fromUtf8(m_captured);
        caption += tr(" · raw");
        break;
    case Mode::Hex: {
        constexpr qsizetype hexLimit = 64 * 1024;
        text = hexDump(m_captured, hexLimit);
        caption += m_captured.size() > hexLimit ? tr(" · hex, first %1").arg(Formatting::byteSize(hexLimit)) : tr(" · hex");
        break;
    }
    case Mode::Image:
        break;
    }
    if (m_mode == Mode::Image) {
        m_imageLabel->setPixmap(QPixmap::fromImage(m_image));
        m_imageLabel->adjustSize();
        m_editor->clear();
        m_stack->setCurrentWidget(m_imageArea);
        caption += tr(" · %1 image, %2 × %3")
                       .arg(QString::fromLatin1(m_imageFormat).toUpper())
                       .arg(m_image.width())
                       .arg(m_image.height());
    } else {
        m_imageLabel->setPixmap({});
        if (json != m_json) {
            m_json = json;
            applyColours();
        }
        m_editor->setText(text);
        m_stack->setCurrentWidget(m_editor);
    }
    m_caption->setText(caption);
}

void BodyView::clear()
{
    m_captured.clear();
    m_contentType.clear();
    m_totalSize = 0;
    m_image = QImage();
    m_imageFormat.clear();
    m_editor->clear();
    m_imageLabel->setPixmap({});
    m_stack->setCurrentWidget(m_editor);
    m_caption->setText(m_emptyCaption);
    m_cutNotice->hide();
    updateModeItems();
}

void BodyView::setEmptyCaption(const QString &caption)
{
    if (m_caption->text() == m_emptyCaption)
        m_caption->setText(caption);
    m_emptyCaption = caption;
}

QString BodyView::text() const
{
    return m_editor->text();
}

QString BodyView::caption() const
{
    return m_caption->text();
}

QString BodyView::cutNotice() const
{
    return m_cutNotice->isHidden() ? QString() : m_cutNotice->text();
}

} // namespace gw::ui
