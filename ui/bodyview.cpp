// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodyview.h"

#include "formatting.h"

#include "observe/exchangerecord.h"

#include <QFontDatabase>
#include <QLabel>
#include <QVBoxLayout>

#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>

namespace gw::ui {

BodyView::BodyView(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_editor(new QsciScintilla(this))
    , m_lexer(new QsciLexerJSON(this))
    , m_emptyCaption(tr("No body"))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_caption);
    layout->addWidget(m_editor, 1);

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

void BodyView::setBody(const QByteArray &captured, qint64 totalSize, QByteArrayView contentType)
{
    const BodyText body = bodyText(captured, contentType);
    if (body.json != m_json) {
        m_json = body.json;
        applyColours();
    }
    m_editor->setText(body.text);
    QString caption;
    const qint64 size = std::max<qint64>(totalSize, captured.size());
    if (size == 0)
        caption = m_emptyCaption;
    else if (size > captured.size())
        caption = captured.size() >= 1024 && captured.size() % 1024 == 0
                      ? tr("%1 bytes, first %2 KB shown").arg(QLocale().toString(size)).arg(captured.size() / 1024)
                      : tr("%1 bytes, first %2 shown").arg(QLocale().toString(size), Formatting::byteSize(captured.size()));
    else
        caption = tr("%1 bytes").arg(QLocale().toString(size));
    if (body.binary)
        caption += tr(" · binary data, shown as hex");
    else if (body.formatted)
        caption += tr(" · JSON, formatted");
    m_caption->setText(caption);
}

void BodyView::clear()
{
    m_editor->clear();
    m_caption->setText(m_emptyCaption);
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

} // namespace gw::ui
