// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace gw {

QString quoted(QStringView s)
{
    return u"\"%1\""_s.arg(s);
}

QString describeJsonValue(const QJsonValue &v, qsizetype maxLength)
{
    QJsonValue shown = v;
    switch (v.type()) {
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Undefined:
        return u"nothing"_s;
    case QJsonValue::String:
        if (v.toString().size() > maxLength)
            shown = QString(v.toString().left(maxLength - 1) + QChar(0x2026));
        break;
    default:
        break;
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray {shown}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

qint64 jsonWholeNumber(const QJsonValue &v, qint64 fallback)
{
    if (!v.isDouble())
        return fallback;
    const double d = v.toDouble();
    if (!(d >= -9e15 && d <= 9e15)) // also false for NaN
        return fallback;
    return qint64(d);
}

} // namespace gw
