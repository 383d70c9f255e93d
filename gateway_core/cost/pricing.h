// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace gw::cost {

/// One band of a volume price: `size` units (requests, GB) beyond the previous bands, at `pricePerUnit` USD
/// each. The last band of a TieredPrice is open (size is +infinity).
struct Tier
{
    double size = 0;
    double pricePerUnit = 0;
};

/// A price that falls with the month's volume, as AWS bills requests and data transfer.
struct TieredPrice
{
    std::vector<Tier> tiers; ///< at least one; the last one is open

    /// USD for `quantity` units in one month, each band at its own price (quantity <= 0 costs nothing).
    double cost(double quantity) const;
    /// The price of the month's first unit: what one more request costs early in the month.
    double firstUnitPrice() const { return tiers.empty() ? 0 : tiers.front().pricePerUnit; }
};

struct CacheSize
{
    double gb = 0;
    double usdPerHour = 0;
};

enum class LambdaArchitecture { X86_64, Arm64 };

/// Monthly allowances of the AWS free tier (first 12 months of an account), in units of each item.
struct FreeTier
{
    double restRequests = 0;
    double httpRequests = 0;
    double websocketMessages = 0;
    double websocketConnectionMinutes = 0;
};

/// The prices the cost model uses, from a pricing file (resources/pricing/aws-us-east-1.json or a user's
/// copy). Every figure is USD per single unit (a request, a message, a GB, a GB-second), whatever the file's
/// unit.
struct Pricing
{
    QString region;
    QString currency;
    QString source; ///< the file's own note on where its figures come from
    QString origin; ///< where it was loaded from: a path, or "built-in"

    TieredPrice restRequests; ///< per request
    TieredPrice httpRequests; ///< per metered request
    qint64 httpMeteringBytes = 0; ///< HTTP API requests are metered in increments of this size
    TieredPrice websocketMessages; ///< per metered message
    qint64 websocketMeteringBytes = 0; ///< WebSocket messages are metered in increments of this size
    double websocketConnectionMinuteUsd = 0;
    std::vector<CacheSize> restCache; ///< ascending by size
    TieredPrice dataTransferOut; ///< per GB (2^30 bytes)
    double lambdaRequestUsd = 0;
    int lambdaBillingGranularityMs = 1;
    double lambdaGbSecondX86 = 0;
    double lambdaGbSecondArm = 0;
    FreeTier freeTier;

    /// The cache size priced for exactly `gb` (within 0.001), or null.
    const CacheSize *cacheSize(double gb) const;
    double lambdaGbSecondUsd(LambdaArchitecture arch) const
    {
        return arch == LambdaArchitecture::Arm64 ? lambdaGbSecondArm : lambdaGbSecondX86;
    }
    /// "0.5, 1.6, 6.1, ..." for messages.
    QString cacheSizeList() const;
};

/// Parses and checks a pricing file. On any problem returns nothing and sets `error` to one line naming the
/// origin, the member and what was expected, e.g. "pricing.json: restRequests.tiers[1].usdPerMillion must be
/// a number >= 0; got \"x\"".
std::optional<Pricing> parsePricing(const QByteArray &json, const QString &origin, QString *error);

/// The pricing file built into Gatehouse (resources/pricing/aws-us-east-1.json as it was at build time).
QByteArray builtinPricingJson();

/// Where a user's own pricing file is read from when it exists: $XDG_CONFIG_HOME/gatehouse/pricing.json
/// (~/.config/gatehouse/pricing.json on Linux).
QString userPricingPath();

struct PricingLoad
{
    std::shared_ptr<const Pricing> pricing; ///< null on error
    QString error;
};

/// The pricing in effect: `explicitPath` when given, else $GATEHOUSE_PRICING when set, else userPricingPath()
/// when that file exists, else the built-in file. A file that is named (or exists) but does not load is an
/// error, never silently replaced by the built-in prices.
PricingLoad loadPricing(const QString &explicitPath = {});

} // namespace gw::cost
