// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStackedWidget>

#include <functional>

namespace gw::ui {

class ApiKeyEditor;
class AuthorizerEditor;
class CorsEditor;
class FunctionEditor;
class MethodEditor;
class ModelEditor;
class OverviewPage;
class ProjectDocument;
class RouteEditor;
class SharedIntegrationEditor;
class StageEditor;
class UsagePlanEditor;

/// The centre of the window: the project overview, or the editor of what is selected in the Explorer. Each editor
/// is registered for an Explorer key prefix ("method", "route", "authorizer", ...) and decides itself whether it
/// can show a key. When an edit, undo or reset removes what an editor shows, the area falls back to the overview.
class EditorArea final : public QStackedWidget
{
    Q_OBJECT
public:
    explicit EditorArea(ProjectDocument *document, QWidget *parent = nullptr);

    /// Shows the editor for Explorer key `key` ("method:petstore:/pets:GET"); the overview when no editor
    /// handles it (an API, a folder, nothing). Returns true when an editor shows it.
    bool showKey(const QString &key);
    /// The key last asked for with showKey().
    QString key() const { return m_key; }
    /// True while the overview is shown.
    bool showsOverview() const;

    OverviewPage *overview() const { return m_overview; }
    MethodEditor *methodEditor() const { return m_method; }
    RouteEditor *routeEditor() const { return m_route; }
    AuthorizerEditor *authorizerEditor() const { return m_authorizer; }
    SharedIntegrationEditor *sharedIntegrationEditor() const { return m_sharedIntegration; }
    StageEditor *stageEditor() const { return m_stage; }
    UsagePlanEditor *usagePlanEditor() const { return m_usagePlan; }
    ApiKeyEditor *apiKeyEditor() const { return m_apiKey; }
    FunctionEditor *functionEditor() const { return m_function; }
    ModelEditor *modelEditor() const { return m_model; }
    CorsEditor *corsEditor() const { return m_cors; }

    /// Adds an editor for keys starting with `prefix` + ':'. `Editor` has the editor contract: a constructor
    /// Editor(ProjectDocument *, QWidget *) and bool showKey(const QString &).
    template <class Editor>
    Editor *addEditor(const QString &prefix)
    {
        auto *editor = new Editor(m_document, this);
        registerEditor(prefix, editor, [editor](const QString &key) { return editor->showKey(key); });
        return editor;
    }

Q_SIGNALS:
    /// An editor renamed what it shows (an HTTP route key): the Explorer should select `key`.
    void keyRenamed(const QString &key);
    /// The stage editor's Deploy… button: deploy the working copy of `apiId` to `stage`.
    void deployRequested(const QString &apiId, const QString &stage);

private:
    struct Entry
    {
        QWidget *widget = nullptr;
        std::function<bool(const QString &)> show;
    };
    void registerEditor(const QString &prefix, QWidget *editor, std::function<bool(const QString &)> show);
    void onDocumentChanged();

    ProjectDocument *m_document;
    OverviewPage *m_overview;
    MethodEditor *m_method;
    RouteEditor *m_route;
    AuthorizerEditor *m_authorizer;
    SharedIntegrationEditor *m_sharedIntegration;
    StageEditor *m_stage;
    UsagePlanEditor *m_usagePlan;
    ApiKeyEditor *m_apiKey;
    FunctionEditor *m_function;
    ModelEditor *m_model;
    CorsEditor *m_cors;
    QHash<QString, Entry> m_editors; ///< by key prefix
    QString m_key;
};

} // namespace gw::ui
