// SPDX-License-Identifier: GPL-3.0-or-later
#include "template.h"

#include "renderer.h"

namespace gw::vtl {

std::variant<Template, ParseError> Template::parse(const QString &text)
{
    ParseError error;
    std::shared_ptr<ast::TemplateData> data = detail::parse(text, &error);
    if (!data)
        return error;
    return Template(std::move(data));
}

RenderResult Template::render(const RenderInput &input) const
{
    const ContainerTracker tracker; // outlives the renderer: frees what the template tied in a cycle
    Renderer r(*d, input);
    return r.run();
}

const QString &Template::source() const
{
    return d->source;
}

bool Overrides::isEmpty() const
{
    return requestHeaders.isEmpty() && requestQuerystring.isEmpty() && requestPath.isEmpty() && !responseStatus
        && responseHeaders.isEmpty();
}

} // namespace gw::vtl
