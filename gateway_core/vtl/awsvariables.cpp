// SPDX-License-Identifier: GPL-3.0-or-later
// $input and $util: API Gateway's variables, as its mapping-template reference describes them.
#include "jsonpath.h"
#include "renderer.h"

#include <QByteArray>

namespace gw::vtl {
namespace {

bool argIsText(const std::vector<Value> &args)
{
    return args.size() == 1 && !args[0].isNull() && !args[0].isObject();
}

/// `$input`: the payload and the method request's parameters.
class InputObject final : public HostObject
{
public:
    QString className() const override { return QStringLiteral("gatehouse.vtl.Input"); }

    std::optional<Value> property(const QString &name, Renderer &r) override
    {
        if (name == QLatin1String("body"))
            return Value(body(r));
        return std::nullopt;
    }

    std::optional<Value> call(const QString &name, const std::vector<Value> &args, Renderer &r) override
    {
        if (name == QLatin1String("getBody") && args.empty())
            return Value(body(r));
        if (name == QLatin1String("params")) {
            if (args.empty())
                return allParams(r);
            if (args.size() == 1)
                return param(r, args[0].javaString());
            return std::nullopt;
        }
        if ((name == QLatin1String("json") || name == QLatin1String("path")) && args.size() == 1) {
            if (args[0].isNull())
                return Value();
            const Value *doc = parsedBody(r);
            if (!doc)
                return Value();
            QString error;
            const std::optional<Value> result = evaluateJsonPath(*doc, args[0].javaString(), &error);
            if (!result) {
                r.fail(QStringLiteral("$input.%1: %2").arg(name, error));
                return Value();
            }
            // json() gives JSON text ("null" when the path matches nothing); path() an object the template may
            // change without changing what the next call reads.
            if (name == QLatin1String("json"))
                return Value(result->toJson(512));
            return result->deepCopy(512);
        }
        return std::nullopt;
    }

private:
    static QString body(Renderer &r)
    {
        const QString &b = r.input().body;
        return b.isEmpty() ? QStringLiteral("{}") : b; // AWS: an empty payload reads as {}
    }

    const Value *parsedBody(Renderer &r)
    {
        if (!m_parsed) {
            QString error;
            m_parsed = Value::fromJson(body(r), &error);
            if (!m_parsed) {
                m_error = error;
                m_parsed = Value();
                m_invalid = true;
            }
        }
        if (m_invalid) {
            r.fail(QStringLiteral("Could not parse request body into json: %1").arg(m_error),
                   RenderError::Kind::InvalidJsonBody);
            return nullptr;
        }
        return &*m_parsed;
    }

    static Value toMap(const ParamList &params)
    {
        Value m = Value::map();
        for (const auto &[k, v] : params)
            m.mapData()->insert(k, Value(v));
        return m;
    }

    static Value allParams(Renderer &r)
    {
        Value m = Value::map();
        m.mapData()->insert(QStringLiteral("path"), toMap(r.input().path));
        m.mapData()->insert(QStringLiteral("querystring"), toMap(r.input().querystring));
        m.mapData()->insert(QStringLiteral("header"), toMap(r.input().header));
        return m;
    }

    /// Path, then query string, then header (header names match without regard to case).
    static Value param(Renderer &r, const QString &name)
    {
        for (const ParamList *list : {&r.input().path, &r.input().querystring}) {
            for (const auto &[k, v] : *list) {
                if (k == name)
                    return Value(v);
            }
        }
        for (const auto &[k, v] : r.input().header) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return Value(v);
        }
        return Value();
    }

    std::optional<Value> m_parsed;
    bool m_invalid = false;
    QString m_error;
};

/// Apache Commons Lang 2 StringEscapeUtils.escapeJavaScript, which API Gateway's docs describe ("turns ' into \'").
QString escapeJavaScript(const QString &s)
{
    QString out;
    out.reserve(s.size() + s.size() / 8);
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        auto hex = [&](int width) {
            out += QLatin1String("\\u") + QString::number(uint(u), 16).toUpper().rightJustified(width, QLatin1Char('0'));
        };
        if (u > 0x7f) {
            hex(4);
            continue;
        }
        switch (u) {
        case u'\b': out += QLatin1String("\\b"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        case u'\f': out += QLatin1String("\\f"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\'': out += QLatin1String("\\'"); break;
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'/': out += QLatin1String("\\/"); break;
        default:
            if (u < 0x20)
                hex(4);
            else
                out += c;
        }
    }
    return out;
}

/// java.net.URLEncoder.encode(s, "UTF-8").
QString urlEncode(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    QString out;
    out.reserve(utf8.size());
    for (const char ch : utf8) {
        const uchar b = uchar(ch);
        if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '.' || b == '-'
            || b == '*' || b == '_') {
            out += QLatin1Char(char(b));
        } else if (b == ' ') {
            out += QLatin1Char('+');
        } else {
            out += QLatin1Char('%') + QString::number(b, 16).toUpper().rightJustified(2, QLatin1Char('0'));
        }
    }
    return out;
}

/// java.net.URLDecoder.decode(s, "UTF-8"); nullopt for a malformed escape.
std::optional<QString> urlDecode(const QString &s)
{
    QString out;
    QByteArray bytes;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == QLatin1Char('%')) {
            if (i + 2 >= s.size())
                return std::nullopt;
            bool ok = false;
            const uint b = s.mid(i + 1, 2).toUInt(&ok, 16);
            if (!ok)
                return std::nullopt;
            bytes.append(char(b));
            i += 2;
            continue;
        }
        if (!bytes.isEmpty()) {
            out += QString::fromUtf8(bytes);
            bytes.clear();
        }
        out += c == QLatin1Char('+') ? QLatin1Char(' ') : c;
    }
    if (!bytes.isEmpty())
        out += QString::fromUtf8(bytes);
    return out;
}

/// `$util`.
class UtilObject final : public HostObject
{
public:
    QString className() const override { return QStringLiteral("gatehouse.vtl.Util"); }

    std::optional<Value> call(const QString &name, const std::vector<Value> &args, Renderer &r) override
    {
        static const QStringList known = {QStringLiteral("escapeJavaScript"), QStringLiteral("parseJson"),
                                          QStringLiteral("urlEncode"),        QStringLiteral("urlDecode"),
                                          QStringLiteral("base64Encode"),     QStringLiteral("base64Decode")};
        if (!known.contains(name) || args.size() != 1)
            return std::nullopt;
        // A null argument gives null (recorded on AWS: $util.urlEncode of a missing value prints nothing).
        if (!argIsText(args))
            return Value();
        const QString s = args[0].javaString();
        if (name == QLatin1String("escapeJavaScript"))
            return Value(escapeJavaScript(s));
        if (name == QLatin1String("urlEncode"))
            return Value(urlEncode(s));
        if (name == QLatin1String("urlDecode")) {
            const auto decoded = urlDecode(s);
            if (!decoded) {
                r.fail(QStringLiteral("$util.urlDecode: illegal hex characters in escape (%) pattern in \"%1\"").arg(s));
                return Value();
            }
            return Value(*decoded);
        }
        if (name == QLatin1String("base64Encode"))
            return Value(QString::fromLatin1(s.toUtf8().toBase64()));
        if (name == QLatin1String("base64Decode")) {
            const auto decoded = QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                r.fail(QStringLiteral("$util.base64Decode: \"%1\" is not valid base64").arg(s));
                return Value();
            }
            return Value(QString::fromUtf8(*decoded));
        }
        // parseJson
        QString error;
        std::optional<Value> v = Value::fromJson(s, &error);
        if (!v) {
            r.fail(QStringLiteral("$util.parseJson: the text is not JSON (%1)").arg(error));
            return Value();
        }
        return *v;
    }
};

} // namespace

Value makeInputObject(Renderer &)
{
    return Value(std::static_pointer_cast<HostObject>(std::make_shared<InputObject>()));
}

Value makeUtilObject()
{
    return Value(std::static_pointer_cast<HostObject>(std::make_shared<UtilObject>()));
}

} // namespace gw::vtl
