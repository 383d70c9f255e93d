// SPDX-License-Identifier: GPL-3.0-or-later
#include "routetree.h"

namespace gw::routing {

QString RouteMatch::parameter(QStringView name) const
{
    for (const auto &p : pathParameters) {
        if (p.first == name)
            return p.second;
    }
    return {};
}

bool RouteTree::addRoute(const PathTemplate &path, const QString &method, int payload, QString *error)
{
    int node = 0;
    for (const PathSegment &seg : path.segments()) {
        Node &parent = m_nodes[size_t(node)];
        int child = -1;
        switch (seg.kind) {
        case PathSegment::Kind::Literal:
            child = parent.literals.value(seg.text, -1);
            if (child < 0) {
                child = int(m_nodes.size());
                m_nodes[size_t(node)].literals.insert(seg.text, child);
                m_nodes.emplace_back();
            }
            break;
        case PathSegment::Kind::Parameter:
        case PathSegment::Kind::Greedy: {
            const bool greedy = seg.kind == PathSegment::Kind::Greedy;
            const int same = greedy ? parent.greedy : parent.parameter;
            const int other = greedy ? parent.parameter : parent.greedy;
            if (m_precedence == Precedence::Rest) {
                // REST: one variable child per resource, whatever its kind.
                const int existing = same >= 0 ? same : other;
                if (existing >= 0 && (existing == other || m_nodes[size_t(existing)].variableName != seg.text)) {
                    if (error) {
                        const Node &e = m_nodes[size_t(existing)];
                        const QString part = QLatin1Char('{') + e.variableName
                            + (existing == parent.greedy ? QLatin1String("+}") : QLatin1String("}"));
                        *error = QStringLiteral("A sibling (%1) of this resource already has a variable path part "
                                                "-- only one is allowed")
                                     .arg(part);
                    }
                    return false;
                }
            } else if (same >= 0 && m_nodes[size_t(same)].variableName != seg.text) {
                // HTTP APIs: /pets/{id} and /pets/{petId} would be ambiguous.
                if (error)
                    *error = QStringLiteral("conflicting path variables {%1} and {%2} at the same position")
                                 .arg(m_nodes[size_t(same)].variableName, seg.text);
                return false;
            }
            child = same;
            if (child < 0) {
                child = int(m_nodes.size());
                Node &p = m_nodes[size_t(node)];
                (greedy ? p.greedy : p.parameter) = child;
                m_nodes.emplace_back();
                m_nodes[size_t(child)].variableName = seg.text;
            }
            break;
        }
        }
        node = child;
    }
    Node &target = m_nodes[size_t(node)];
    target.path = path.path();
    if (method == QLatin1String("ANY"))
        target.any = payload;
    else
        target.methods.insert(method, payload);
    return true;
}

int RouteTree::methodPayload(const Node &node, QStringView method) const
{
    const auto it = node.methods.constFind(method.toString());
    if (it != node.methods.constEnd())
        return it.value();
    return node.any;
}

bool RouteTree::search(int nodeIndex, const QStringList &segments, qsizetype i, QStringView method,
                       bool allowGreedy, RouteMatch &out) const
{
    const Node &node = m_nodes[size_t(nodeIndex)];
    if (i == segments.size()) {
        if (!node.hasMethods())
            return false;
        const int payload = methodPayload(node, method);
        if (payload < 0) {
            out.pathMatchedWithoutMethod = true;
            return false;
        }
        out.route = payload;
        return true;
    }
    const QString &segment = segments[i];
    if (!segment.isEmpty()) {
        const auto lit = node.literals.constFind(segment);
        if (lit != node.literals.constEnd() && search(lit.value(), segments, i + 1, method, allowGreedy, out))
            return true;
        if (node.parameter >= 0) {
            const qsizetype mark = out.pathParameters.size();
            out.pathParameters.append({m_nodes[size_t(node.parameter)].variableName, segment});
            if (search(node.parameter, segments, i + 1, method, allowGreedy, out))
                return true;
            out.pathParameters.resize(mark);
        }
    }
    if (allowGreedy && node.greedy >= 0) {
        const Node &g = m_nodes[size_t(node.greedy)];
        if (g.hasMethods()) {
            const int payload = methodPayload(g, method);
            if (payload >= 0) {
                out.pathParameters.append({g.variableName, segments.mid(i).join(QLatin1Char('/'))});
                out.route = payload;
                return true;
            }
            out.pathMatchedWithoutMethod = true;
        }
    }
    return false;
}

RouteMatch RouteTree::match(QStringView method, const QStringList &segments) const
{
    RouteMatch out;
    if (m_precedence == Precedence::Rest) {
        search(0, segments, 0, method, true, out);
        return out;
    }
    if (search(0, segments, 0, method, false, out))
        return out;
    out.pathParameters.clear();
    if (search(0, segments, 0, method, true, out))
        return out;
    out.pathParameters.clear();
    if (m_defaultRoute >= 0) {
        out.route = m_defaultRoute;
        out.pathMatchedWithoutMethod = false;
    }
    return out;
}

QList<RouteTree::Entry> RouteTree::entries() const
{
    QList<Entry> out;
    for (const Node &n : m_nodes) {
        if (n.any >= 0)
            out.append({n.path, QStringLiteral("ANY"), n.any});
        for (auto it = n.methods.constBegin(); it != n.methods.constEnd(); ++it)
            out.append({n.path, it.key(), it.value()});
    }
    return out;
}

} // namespace gw::routing
