// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cmath>
#include <limits>

namespace gw::cost {

extern const char
    builtinPricingData[]; // generated from resources/pricing/aws-us-east-1.json (pricingdata.cpp.in)

namespace {

constexpr double million = 1'000'000;

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 12);
    case QJsonValue::String:
        return u'"' + v.toString() + u'"';
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    }
    return {};
}

/// Reads members of the pricing document; the first problem wins and names the member's full path.
class Reader
{
public:
    explicit Reader(QString origin)
        : m_origin(std::move(origin))
    { }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &path, const QString &what, const QJsonValue &got)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2 %3; got %4").arg(m_origin, path, what, describe(got));
    }

    QJsonObject object(const QJsonObject &in, const QString &key, const QString &path)
    {
        const QJsonValue v = in.value(key);
        if (!v.isObject())
            fail(path, QStringLiteral("must be an object"), v);
        return v.toObject();
    }

    /// A finite number >= `min` (> `min` when `strict`).
    double number(const QJsonObject &in, const QString &key, const QString &path, double min = 0,
                  bool strict = false)
    {
        const QJsonValue v = in.value(key);
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || !std::isfinite(d) || d < min || (strict && d == min)) {
            fail(path,
                 strict ? QStringLiteral("must be a number > %1").arg(min)
                        : QStringLiteral("must be a number >= %1").arg(min),
                 v);
            return 0;
        }
        return d;
    }

    QString string(const QJsonObject &in, const QString &key, const QString &path)
    {
        const QJsonValue v = in.value(key);
        if (!v.isString() || v.toString().isEmpty())
            fail(path, QStringLiteral("must be a non-empty string"), v);
        return v.toString();
    }

    /// Members other than `known` (and "note") are typing mistakes: reported rather than ignored.
    void onlyKnown(const QJsonObject &in, const QString &path, std::initializer_list<const char *> known)
    {
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (it.key() == QLatin1String("note"))
                continue;
            bool found = false;
            for (const char *k : known)
                found |= it.key() == QLatin1String(k);
            if (!found) {
                QStringList names;
                for (const char *k : known)
                    names.append(QLatin1String(k));
                fail(path.isEmpty() ? it.key() : path + u'.' + it.key(),
                     QStringLiteral("is not a pricing member (expected %1)")
                         .arg(names.join(QStringLiteral(", "))),
                     it.value());
                return;
            }
        }
    }

    /// `tiers`: bands of `sizeKey` (in `unit`s) at `priceKey` (USD per `unit`); every band but the last has a
    /// size.
    TieredPrice tiers(const QJsonObject &in, const QString &path, const char *sizeKey, const char *priceKey,
                      double unit)
    {
        TieredPrice out;
        const QJsonValue v = in.value(QStringLiteral("tiers"));
        const QString tiersPath = path + QStringLiteral(".tiers");
        if (!v.isArray() || v.toArray().isEmpty()) {
            fail(tiersPath, QStringLiteral("must be a non-empty array of price bands"), v);
            return out;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = tiersPath + QStringLiteral("[%1]").arg(i);
            if (!array[i].isObject()) {
                fail(at, QStringLiteral("must be an object"), array[i]);
                return out;
            }
            const QJsonObject t = array[i].toObject();
            onlyKnown(t, at, {sizeKey, priceKey});
            const bool last = i == array.size() - 1;
            Tier tier;
            tier.pricePerUnit
                = number(t, QLatin1String(priceKey), at + u'.' + QLatin1String(priceKey)) / unit;
            if (last) {
                if (t.contains(QLatin1String(sizeKey))) {
                    fail(at + u'.' + QLatin1String(sizeKey),
                         QStringLiteral(
                             "must be left out: the last band covers everything beyond the ones before it"),
                         t.value(QLatin1String(sizeKey)));
                }
                tier.size = std::numeric_limits<double>::infinity();
            } else {
                tier.size
                    = number(t, QLatin1String(sizeKey), at + u'.' + QLatin1String(sizeKey), 0, true) * unit;
            }
            out.tiers.push_back(tier);
        }
        return out;
    }

private:
    QString m_origin;
    QString m_error;
};

} // namespace

double TieredPrice::cost(double quantity) const
{
    double usd = 0;
    for (const Tier &t : tiers) {
        if (quantity <= 0)
            break;
        const double inBand = std::min(quantity, t.size);
        usd += inBand * t.pricePerUnit;
        quantity -= inBand;
    }
    return usd;
}

const CacheSize *Pricing::cacheSize(double gb) const
{
    for (const CacheSize &c : restCache) {
        if (std::abs(c.gb - gb) < 0.001)
            return &c;
    }
    return nullptr;
}

QString Pricing::cacheSizeList() const
{
    QStringList sizes;
    for (const CacheSize &c : restCache)
        sizes.append(QString::number(c.gb));
    return sizes.join(QStringLiteral(", "));
}

std::optional<Pricing> parsePricing(const QByteArray &json, const QString &origin, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report a line, which is what an editor shows.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        *error
            = QStringLiteral("%1:%2: not valid JSON: %3").arg(origin).arg(line).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: a pricing file is one JSON object").arg(origin);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Reader r(origin);
    Pricing p;
    p.origin = origin;
    r.onlyKnown(root, {},
                {"format", "region", "currency", "source", "restRequests", "httpRequests",
                 "websocketMessages", "websocketConnectionMinutes", "restCache", "dataTransferOut", "lambda",
                 "freeTier"});
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != QLatin1String("gatehouse-pricing/1"))
        r.fail(QStringLiteral("format"), QStringLiteral("must be \"gatehouse-pricing/1\""), format);
    p.region = r.string(root, QStringLiteral("region"), QStringLiteral("region"));
    p.currency = r.string(root, QStringLiteral("currency"), QStringLiteral("currency"));
    if (r.ok() && p.currency != QLatin1String("USD"))
        r.fail(QStringLiteral("currency"), QStringLiteral("must be \"USD\" (the cost model reports USD)"),
               root.value(QStringLiteral("currency")));
    p.source = root.value(QStringLiteral("source")).toString();

    const QJsonObject rest = r.object(root, QStringLiteral("restRequests"), QStringLiteral("restRequests"));
    r.onlyKnown(rest, QStringLiteral("restRequests"), {"tiers"});
    p.restRequests = r.tiers(rest, QStringLiteral("restRequests"), "millions", "usdPerMillion", million);

    const QJsonObject http = r.object(root, QStringLiteral("httpRequests"), QStringLiteral("httpRequests"));
    r.onlyKnown(http, QStringLiteral("httpRequests"), {"tiers", "meteringKb"});
    p.httpRequests = r.tiers(http, QStringLiteral("httpRequests"), "millions", "usdPerMillion", million);
    p.httpMeteringBytes = qint64(
        r.number(http, QStringLiteral("meteringKb"), QStringLiteral("httpRequests.meteringKb"), 0, true)
        * 1024);

    const QJsonObject ws
        = r.object(root, QStringLiteral("websocketMessages"), QStringLiteral("websocketMessages"));
    r.onlyKnown(ws, QStringLiteral("websocketMessages"), {"tiers", "meteringKb"});
    p.websocketMessages
        = r.tiers(ws, QStringLiteral("websocketMessages"), "millions", "usdPerMillion", million);
    p.websocketMeteringBytes = qint64(
        r.number(ws, QStringLiteral("meteringKb"), QStringLiteral("websocketMessages.meteringKb"), 0, true)
        * 1024);

    const QJsonObject minutes = r.object(root, QStringLiteral("websocketConnectionMinutes"),
                                         QStringLiteral("websocketConnectionMinutes"));
    r.onlyKnown(minutes, QStringLiteral("websocketConnectionMinutes"), {"usdPerMillion"});
    p.websocketConnectionMinuteUsd = r.number(minutes, QStringLiteral("usdPerMillion"),
                                              QStringLiteral("websocketConnectionMinutes.usdPerMillion"))
        / million;

    const QJsonObject cache = r.object(root, QStringLiteral("restCache"), QStringLiteral("restCache"));
    r.onlyKnown(cache, QStringLiteral("restCache"), {"sizes"});
    const QJsonValue sizes = cache.value(QStringLiteral("sizes"));
    if (r.ok() && (!sizes.isArray() || sizes.toArray().isEmpty()))
        r.fail(QStringLiteral("restCache.sizes"),
               QStringLiteral("must be a non-empty array of {gb, usdPerHour}"), sizes);
    const QJsonArray sizeArray = sizes.toArray();
    for (qsizetype i = 0; r.ok() && i < sizeArray.size(); ++i) {
        const QString at = QStringLiteral("restCache.sizes[%1]").arg(i);
        const QJsonObject s = sizeArray[i].toObject();
        if (!sizeArray[i].isObject())
            r.fail(at, QStringLiteral("must be an object"), sizeArray[i]);
        r.onlyKnown(s, at, {"gb", "usdPerHour"});
        CacheSize c;
        c.gb = r.number(s, QStringLiteral("gb"), at + QStringLiteral(".gb"), 0, true);
        c.usdPerHour = r.number(s, QStringLiteral("usdPerHour"), at + QStringLiteral(".usdPerHour"));
        if (r.ok() && !p.restCache.empty() && c.gb <= p.restCache.back().gb)
            r.fail(at + QStringLiteral(".gb"),
                   QStringLiteral("must be larger than the size before it (sizes ascend)"),
                   s.value(QStringLiteral("gb")));
        p.restCache.push_back(c);
    }

    const QJsonObject transfer
        = r.object(root, QStringLiteral("dataTransferOut"), QStringLiteral("dataTransferOut"));
    r.onlyKnown(transfer, QStringLiteral("dataTransferOut"), {"tiers"});
    p.dataTransferOut = r.tiers(transfer, QStringLiteral("dataTransferOut"), "gb", "usdPerGb", 1);

    const QJsonObject lambda = r.object(root, QStringLiteral("lambda"), QStringLiteral("lambda"));
    r.onlyKnown(lambda, QStringLiteral("lambda"),
                {"usdPerMillionRequests", "billingGranularityMs", "usdPerGbSecond"});
    p.lambdaRequestUsd = r.number(lambda, QStringLiteral("usdPerMillionRequests"),
                                  QStringLiteral("lambda.usdPerMillionRequests"))
        / million;
    const double granularity = r.number(lambda, QStringLiteral("billingGranularityMs"),
                                        QStringLiteral("lambda.billingGranularityMs"), 1);
    if (r.ok() && granularity != std::floor(granularity))
        r.fail(QStringLiteral("lambda.billingGranularityMs"),
               QStringLiteral("must be a whole number of milliseconds"),
               lambda.value(QStringLiteral("billingGranularityMs")));
    p.lambdaBillingGranularityMs = int(granularity);
    const QJsonObject gbs
        = r.object(lambda, QStringLiteral("usdPerGbSecond"), QStringLiteral("lambda.usdPerGbSecond"));
    r.onlyKnown(gbs, QStringLiteral("lambda.usdPerGbSecond"), {"x86_64", "arm64"});
    p.lambdaGbSecondX86
        = r.number(gbs, QStringLiteral("x86_64"), QStringLiteral("lambda.usdPerGbSecond.x86_64"));
    p.lambdaGbSecondArm
        = r.number(gbs, QStringLiteral("arm64"), QStringLiteral("lambda.usdPerGbSecond.arm64"));

    const QJsonObject free = r.object(root, QStringLiteral("freeTier"), QStringLiteral("freeTier"));
    r.onlyKnown(free, QStringLiteral("freeTier"),
                {"restRequests", "httpRequests", "websocketMessages", "websocketConnectionMinutes"});
    p.freeTier.restRequests
        = r.number(free, QStringLiteral("restRequests"), QStringLiteral("freeTier.restRequests"));
    p.freeTier.httpRequests
        = r.number(free, QStringLiteral("httpRequests"), QStringLiteral("freeTier.httpRequests"));
    p.freeTier.websocketMessages
        = r.number(free, QStringLiteral("websocketMessages"), QStringLiteral("freeTier.websocketMessages"));
    p.freeTier.websocketConnectionMinutes = r.number(free, QStringLiteral("websocketConnectionMinutes"),
                                                     QStringLiteral("freeTier.websocketConnectionMinutes"));
    if (!r.ok()) {
        *error = r.error();
        return std::nullopt;
    }
    return p;
}

QByteArray builtinPricingJson()
{
    return QByteArray(builtinPricingData);
}

QString userPricingPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/gatehouse/pricing.json");
}

PricingLoad loadPricing(const QString &explicitPath)
{
    QString path = explicitPath;
    if (path.isEmpty())
        path = qEnvironmentVariable("GATEHOUSE_PRICING");
    if (path.isEmpty() && QFileInfo::exists(userPricingPath()))
        path = userPricingPath();
    PricingLoad out;
    QString error;
    if (path.isEmpty()) {
        std::optional<Pricing> p
            = parsePricing(builtinPricingJson(), QStringLiteral("built-in pricing"), &error);
        if (p)
            out.pricing = std::make_shared<const Pricing>(std::move(*p));
        else
            out.error = error;
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QStringLiteral("cannot read the pricing file %1: %2").arg(path, file.errorString());
        return out;
    }
    std::optional<Pricing> p = parsePricing(file.readAll(), path, &error);
    if (p)
        out.pricing = std::make_shared<const Pricing>(std::move(*p));
    else
        out.error = error;
    return out;
}

} // namespace gw::cost
