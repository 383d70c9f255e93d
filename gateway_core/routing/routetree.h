// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pathtemplate.h"

#include <QHash>
#include <QPair>

#include <vector>

namespace gw::routing {

/// The outcome of matching a request against a stage's routes.
struct RouteMatch
{
    int route = -1; ///< the payload given to addRoute(), or -1 when nothing matched
    QList<QPair<QString, QString>> pathParameters; ///< decoded values, in path order
    /// Some resource matched the path but none of the matching ones has this method (nor ANY).
    bool pathMatchedWithoutMethod = false;

    bool matched() const { return route >= 0; }
    QString parameter(QStringView name) const;
};

/// A tree of path templates with methods, matched the way API Gateway does.
///
/// REST APIs (Precedence::Rest) resolve the resource and the method as one step: the most specific resource that
/// has the request's method (or ANY) wins, trying at each level the literal child, then the parameter child, then
/// the greedy child, and backing out of a branch whose resources lack the method. (Measured on AWS: with
/// `/users/me PATCH` and `/users/{userId} GET`, `GET /users/me` is served by `/users/{userId}`.)
///
/// HTTP APIs (Precedence::Http) first look for a full match without greedy variables, then for a greedy match,
/// then fall back to the `$default` route. Within each, literal beats parameter segment by segment, and on the same
/// path an explicit method beats ANY.
class RouteTree
{
public:
    enum class Precedence { Rest, Http };
    explicit RouteTree(Precedence precedence = Precedence::Rest) : m_precedence(precedence) { m_nodes.emplace_back(); }

    /// Registers `method` (upper case, or "ANY") on `path` with `payload` (>= 0). A second registration of the
    /// same method and path replaces the first. Returns false with `error` when the path conflicts with what is
    /// there: two different variables side by side (AWS: "A sibling ({x}) of this resource already has a variable
    /// path part -- only one is allowed").
    bool addRoute(const PathTemplate &path, const QString &method, int payload, QString *error = nullptr);
    /// HTTP APIs: the `$default` route.
    void setDefaultRoute(int payload) { m_defaultRoute = payload; }
    int defaultRoute() const { return m_defaultRoute; }

    /// `segments` are the decoded path segments of the request (splitRequestPath()).
    RouteMatch match(QStringView method, const QStringList &segments) const;

    /// Every registered (path, method) pair, for explanations ("did you mean ...").
    struct Entry
    {
        QString path;
        QString method;
        int payload;
    };
    QList<Entry> entries() const;

private:
    struct Node
    {
        QHash<QString, int> literals;
        int parameter = -1;       ///< child node index
        int greedy = -1;          ///< child node index
        QString variableName;     ///< name of this node's variable (when it is a parameter or greedy node)
        QHash<QString, int> methods;
        int any = -1;
        QString path;             ///< template path of this node, for entries()
        bool hasMethods() const { return any >= 0 || !methods.isEmpty(); }
    };

    int methodPayload(const Node &node, QStringView method) const;
    bool search(int nodeIndex, const QStringList &segments, qsizetype i, QStringView method, bool allowGreedy,
                RouteMatch &out) const;

    Precedence m_precedence;
    std::vector<Node> m_nodes;
    int m_defaultRoute = -1;
};

} // namespace gw::routing
