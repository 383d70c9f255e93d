// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/step.h"

namespace gw {

/// The first step of every exchange: picks the stage from the path and the route from the stage's deployment.
///
/// Reads: the API, its path (Exchange::apiPath()), method and body size.
/// Writes: Exchange::setStage() (a stage with a canary: its canary half for the canary's share of requests, picked at
/// random), Exchange::setRoute() (which appends the route's steps).
/// Answers with:
///   - route.unknown_stage  REST: 403 Missing Authentication Token; HTTP: 404 Not Found (no such stage, no $default)
///   - route.no_match       REST: 403 Missing Authentication Token; HTTP: 404 Not Found
///   - request.too_large    413, the body is over 10 MB
/// Every early answer explains what was tried and the nearest routes that exist.
class RouteStep final : public Step
{
public:
    QLatin1StringView name() const override { return QLatin1StringView("route"); }
    Outcome onRequest(Exchange &ex) override;
};

} // namespace gw
