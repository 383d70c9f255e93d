// SPDX-License-Identifier: GPL-3.0-or-later
#include "vtllexer.h"

#include <QColor>
#include <QFontDatabase>

#include <Qsci/qsciscintilla.h>

namespace gw::ui {

namespace {

bool isIdentStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isIdent(char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9') || c == '-';
}

} // namespace

VtlLexer::VtlLexer(QObject *parent)
    : QsciLexerCustom(parent)
{
    setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    applyPalette(false);
}

QString VtlLexer::description(int style) const
{
    switch (style) {
    case Default:
        return tr("Text");
    case Comment:
        return tr("Comment");
    case Directive:
        return tr("Directive");
    case Reference:
        return tr("Reference");
    case String:
        return tr("String");
    case Number:
        return tr("Number");
    default:
        return {};
    }
}

void VtlLexer::applyPalette(bool dark)
{
    setColor(dark ? QColor(0xe5, 0xe7, 0xeb) : QColor(0x11, 0x18, 0x27), Default);
    setColor(dark ? QColor(0x9c, 0xa3, 0xaf) : QColor(0x6b, 0x72, 0x80), Comment);
    setColor(dark ? QColor(0xd8, 0xb4, 0xfe) : QColor(0x7e, 0x22, 0xce), Directive);
    setColor(dark ? QColor(0x93, 0xc5, 0xfd) : QColor(0x1d, 0x4e, 0xd8), Reference);
    setColor(dark ? QColor(0x86, 0xef, 0xac) : QColor(0x15, 0x80, 0x3d), String);
    setColor(dark ? QColor(0xfd, 0xba, 0x74) : QColor(0xb4, 0x53, 0x09), Number);
}

QList<VtlLexer::Style> VtlLexer::styles(const QByteArray &s)
{
    QList<Style> out(s.size(), Default);
    const qsizetype n = s.size();
    auto mark = [&out](qsizetype from, qsizetype to, Style st) {
        for (qsizetype i = from; i < to; ++i)
            out[i] = st;
    };
    qsizetype i = 0;
    while (i < n) {
        const char c = s.at(i);
        if (c == '#' && i + 1 < n && s.at(i + 1) == '#') {
            const qsizetype eol = s.indexOf('\n', i);
            const qsizetype end = eol < 0 ? n : eol;
            mark(i, end, Comment);
            i = end;
        } else if (c == '#' && i + 1 < n && s.at(i + 1) == '*') {
            const qsizetype close = s.indexOf("*#", i + 2);
            const qsizetype end = close < 0 ? n : close + 2;
            mark(i, end, Comment);
            i = end;
        } else if (c == '#' && i + 1 < n && (isIdentStart(s.at(i + 1)) || s.at(i + 1) == '{')) {
            qsizetype j = i + 1;
            const bool braced = s.at(j) == '{';
            if (braced)
                ++j;
            while (j < n && isIdent(s.at(j)))
                ++j;
            if (braced && j < n && s.at(j) == '}')
                ++j;
            mark(i, j, Directive);
            i = j;
        } else if (c == '$' && i + 1 < n
                   && (isIdentStart(s.at(i + 1)) || s.at(i + 1) == '{' || s.at(i + 1) == '!')) {
            qsizetype j = i + 1;
            if (s.at(j) == '!')
                ++j;
            const bool braced = j < n && s.at(j) == '{';
            if (braced)
                ++j;
            while (j < n && (isIdent(s.at(j)) || (s.at(j) == '.' && j + 1 < n && isIdentStart(s.at(j + 1)))))
                ++j;
            if (braced && j < n && s.at(j) == '}')
                ++j;
            mark(i, j, Reference);
            i = j;
        } else if (c == '"' || c == '\'') {
            qsizetype j = i + 1;
            while (j < n && s.at(j) != c && s.at(j) != '\n') {
                if (s.at(j) == '\\' && j + 1 < n)
                    ++j;
                ++j;
            }
            if (j < n && s.at(j) == c)
                ++j;
            mark(i, j, String);
            i = j;
        } else if (c >= '0' && c <= '9' && (i == 0 || !isIdent(s.at(i - 1)))) {
            qsizetype j = i;
            while (j < n && ((s.at(j) >= '0' && s.at(j) <= '9') || s.at(j) == '.'))
                ++j;
            mark(i, j, Number);
            i = j;
        } else {
            ++i;
        }
    }
    return out;
}

void VtlLexer::styleText(int start, int end)
{
    Q_UNUSED(start);
    Q_UNUSED(end);
    QsciScintilla *e = editor();
    if (!e)
        return;
    // Comments and strings can span the edited range, so the whole (small) document is styled from the top.
    const QByteArray text = e->text().toUtf8();
    const QList<Style> st = styles(text);
    startStyling(0);
    qsizetype run = 0;
    for (qsizetype i = 1; i <= st.size(); ++i) {
        if (i == st.size() || st.at(i) != st.at(run)) {
            setStyling(int(i - run), st.at(run));
            run = i;
        }
    }
}

} // namespace gw::ui
