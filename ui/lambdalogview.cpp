// SPDX-License-Identifier: GPL-3.0-or-later
#include "lambdalogview.h"

#include "formatting.h"

#include <QFontDatabase>
#include <QRegularExpression>

namespace gw::ui {

namespace {

// Scintilla style numbers; 0 is what unstyled text has.
constexpr int outputStyle = 0;
constexpr int platformStyle = 1;
constexpr int errorStyle = 2;

int styleOf(LambdaLogView::LineKind kind)
{
    switch (kind) {
    case LambdaLogView::LineKind::Output:
        return outputStyle;
    case LambdaLogView::LineKind::Platform:
        return platformStyle;
    case LambdaLogView::LineKind::Error:
        return errorStyle;
    }
    return outputStyle;
}

} // namespace

LambdaLogView::LambdaLogView(QWidget *parent)
    : QsciScintilla(parent)
{
    setReadOnly(true);
    setUtf8(true);
    setMarginWidth(0, 0);
    setMarginWidth(1, 0);
    setWrapMode(QsciScintilla::WrapWord);
    setWrapIndentMode(QsciScintilla::WrapIndentIndented);
    setCaretLineVisible(false);
    setFolding(QsciScintilla::NoFoldStyle);
    setTabWidth(4);
    // No annotations: with them shown Scintilla lays out every line of a wrapped text as it is inserted.
    setAnnotationDisplay(QsciScintilla::AnnotationHidden);
    SendScintilla(SCI_SETUNDOCOLLECTION, 0UL);
    setAccessibleName(tr("Function log"));
    applyColours();
}

void LambdaLogView::applyColours()
{
    const QPalette pal = palette();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setPaper(pal.color(QPalette::Base));
    setColor(pal.color(QPalette::Text));
    setFont(mono);
    setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    // Every style starts as the default one (font, paper); then the two that differ get their colours.
    SendScintilla(SCI_STYLECLEARALL);
    SendScintilla(SCI_STYLESETFORE, platformStyle, Formatting::dimColor(pal));
    const QColor red = Formatting::statusColor(500, pal);
    const QColor tint = Formatting::blend(pal.color(QPalette::Base), red, 0.14);
    SendScintilla(SCI_STYLESETFORE, errorStyle, red);
    SendScintilla(SCI_STYLESETBACK, errorStyle, tint);
    SendScintilla(SCI_STYLESETEOLFILLED, errorStyle, 1L);
}

void LambdaLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    QsciScintilla::changeEvent(event);
}

void LambdaLogView::setLog(const QStringList &entries)
{
    QByteArray text;
    QByteArray styles; // one style byte per byte of text
    char previous = outputStyle;
    for (const QString &entry : entries) {
        if (!text.isEmpty()) {
            // A line break has the style of the line it ends, so an error line's tint reaches the right edge.
            text += '\n';
            styles += previous;
        }
        const QByteArray utf8 = entry.toUtf8();
        previous = char(styleOf(classify(entry)));
        text += utf8;
        styles.append(utf8.size(), previous);
    }
    setText(QString::fromUtf8(text));
    SendScintilla(SCI_STARTSTYLING, 0UL);
    SendScintilla(SCI_SETSTYLINGEX, static_cast<unsigned long>(styles.size()), styles.constData());
}

LambdaLogView::LineKind LambdaLogView::classify(const QString &entry)
{
    static const QStringList platform = {QStringLiteral("START RequestId:"), QStringLiteral("END RequestId:"),
                                         QStringLiteral("REPORT RequestId:"), QStringLiteral("INIT_START "),
                                         QStringLiteral("INIT_REPORT "), QStringLiteral("EXTENSION "),
                                         QStringLiteral("TELEMETRY ")};
    for (const QString &prefix : platform) {
        if (entry.startsWith(prefix))
            return LineKind::Platform;
    }
    // Cheap tests first: most lines contain none of these words.
    if (!entry.contains(QLatin1String("ERROR")) && !entry.contains(QLatin1String("FATAL"))
        && !entry.contains(QLatin1String("Error")) && !entry.contains(QLatin1String("timed out")))
        return LineKind::Output;
    // Node.js "<time>\t<request id>\tERROR\t...", Python "[ERROR]\t<time>\t...", JSON {"level": "ERROR", ...},
    // the platform's "<time> <request id> Task timed out after 3.00 seconds" and a crashed runtime's
    // "RequestId: <id> Error: Runtime exited with error: ...".
    static const QRegularExpression error(
        QStringLiteral("^\\[(ERROR|FATAL)\\]|\\t(ERROR|FATAL)\\t|^\\{.*\"level\"\\s*:\\s*\"(ERROR|FATAL)\"|"
                       "^\\S+ \\S+ Task timed out after |^RequestId: \\S+ Error: "));
    return error.match(entry).hasMatch() ? LineKind::Error : LineKind::Output;
}

QColor LambdaLogView::lineColor(int line) const
{
    const long pos = SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
    const long style = SendScintilla(SCI_GETSTYLEAT, static_cast<unsigned long>(std::max(pos, 0L)));
    const long bgr = SendScintilla(SCI_STYLEGETFORE, static_cast<unsigned long>(style));
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

LambdaLogView::LineKind LambdaLogView::lineKind(int line) const
{
    const long pos = SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
    if (pos < 0)
        return LineKind::Output;
    switch (SendScintilla(SCI_GETSTYLEAT, static_cast<unsigned long>(pos))) {
    case platformStyle:
        return LineKind::Platform;
    case errorStyle:
        return LineKind::Error;
    default:
        return LineKind::Output;
    }
}

} // namespace gw::ui
