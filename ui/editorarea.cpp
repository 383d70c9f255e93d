// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorarea.h"

#include "authorizereditor.h"
#include "corseditor.h"
#include "editorsupport.h"
#include "integrationeditor.h"
#include "functioneditor.h"
#include "methodeditor.h"
#include "modeleditor.h"
#include "overviewpage.h"
#include "projectdocument.h"
#include "routeeditor.h"
#include "stageeditor.h"
#include "usageplaneditor.h"

namespace gw::ui {

EditorArea::EditorArea(ProjectDocument *document, QWidget *parent)
    : QStackedWidget(parent)
    , m_document(document)
    , m_overview(new OverviewPage(this))
{
    setObjectName(QStringLiteral("EditorArea"));
    addWidget(m_overview);
    m_method = addEditor<MethodEditor>(QStringLiteral("method"));
    m_route = addEditor<RouteEditor>(QStringLiteral("route"));
    m_authorizer = addEditor<AuthorizerEditor>(QStringLiteral("authorizer"));
    m_sharedIntegration = addEditor<SharedIntegrationEditor>(QStringLiteral("integration"));
    connect(m_route, &RouteEditor::keyRenamed, this, [this](const QString &key) {
        m_key = key;
        Q_EMIT keyRenamed(key);
    });
    m_stage = addEditor<StageEditor>(QStringLiteral("stage"));
    connect(m_stage, &StageEditor::deployRequested, this, &EditorArea::deployRequested);
    m_usagePlan = addEditor<UsagePlanEditor>(QStringLiteral("usageplan"));
    m_apiKey = addEditor<ApiKeyEditor>(QStringLiteral("apikey"));
    m_function = addEditor<FunctionEditor>(QStringLiteral("function"));
    m_model = addEditor<ModelEditor>(QStringLiteral("model"));
    m_cors = addEditor<CorsEditor>(QStringLiteral("cors"));
    const auto followRename = [this](const QString &key) {
        m_key = key;
        Q_EMIT keyRenamed(key);
    };
    connect(m_usagePlan, &UsagePlanEditor::keyRenamed, this, followRename);
    connect(m_apiKey, &ApiKeyEditor::keyRenamed, this, followRename);
    connect(m_model, &ModelEditor::keyRenamed, this, followRename);
    connect(m_document, &ProjectDocument::changed, this, &EditorArea::onDocumentChanged);
    connect(m_document, &ProjectDocument::opened, this, [this] { showKey({}); });
    setCurrentWidget(m_overview);
}

void EditorArea::registerEditor(const QString &prefix, QWidget *editor, std::function<bool(const QString &)> show)
{
    addWidget(editor);
    m_editors.insert(prefix, {editor, std::move(show)});
}

bool EditorArea::showKey(const QString &key)
{
    m_key = key;
    const auto it = m_editors.constFind(EditorKey::parse(key).prefix);
    if (!key.isEmpty() && it != m_editors.constEnd() && it->show(key)) {
        setCurrentWidget(it->widget);
        return true;
    }
    setCurrentWidget(m_overview);
    return false;
}

bool EditorArea::showsOverview() const
{
    return currentWidget() == m_overview;
}

void EditorArea::onDocumentChanged()
{
    if (showsOverview() || !m_document->isOpen())
        return;
    // The editor refreshes itself; what it showed may be gone (undo of an add, a delete in the Explorer).
    const auto it = m_editors.constFind(EditorKey::parse(m_key).prefix);
    if (it == m_editors.constEnd() || !it->show(m_key))
        setCurrentWidget(m_overview);
}

} // namespace gw::ui
