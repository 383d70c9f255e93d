// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace gw::ui {

class ProjectDocument;
struct EditOutcome;

/// The project tree: each API with its resources and methods (REST) or routes (HTTP), and its stages with
/// their deployment, a mark when they do not serve the working copy ("undeployed changes"), and invoke URL.
/// Built from a model::Project snapshot; selecting anything names an API and, when it is a stage or inside
/// one, a stage. Under each API: its authorizers, models, request validators and gateway responses (REST),
/// reusable integrations (HTTP); at project level the functions, usage plans and API keys. The context menu offers
/// what applies to the item: adding, renaming, duplicating and deleting (each one undoable edit of the document
/// given to setDocument(), done by ProjectEdits), Enable CORS on a REST resource, Deploy on a stage, and testing a
/// route in the CORS Lab. An HTTP API shows its CORS configuration as an item ("cors:ID", "CORS…" in the API's context
/// menu selects it; Delete removes the configuration). The owner refreshes the tree (refreshProject) when the document
/// changes.
class ExplorerPanel final : public QWidget
{
    Q_OBJECT
public:
    enum Role {
        ApiIdRole = Qt::UserRole + 1,
        StageRole,
        KindRole,
        UrlRole,
        ResourcePathRole,
        MethodRole,
        KeyRole,
        UndeployedRole,
        WebSocketRole ///< UrlItem: the API is a WebSocket API (ws:// URLs)
    };
    enum Kind {
        ApiItem,
        FolderItem,
        ResourceItem,
        MethodItem,
        RouteItem,
        StageItem,
        UrlItem,
        AuthorizerItem,
        ModelItem,
        ValidatorItem,
        GatewayResponseItem,
        IntegrationItem,
        FunctionItem,
        UsagePlanItem,
        ApiKeyItem,
        CorsItem ///< an HTTP API's CORS configuration ("cors:ID"), edited by the CorsEditor
    };
    /// What "Add" makes.
    enum class AddKind {
        Resource,
        Method,
        Route,
        Stage,
        Authorizer,
        Model,
        Validator,
        GatewayResponse,
        Integration,
        Function,
        UsagePlan,
        ApiKey
    };

    /// A question for a name or a choice: `choices` non-empty offers those only. `check` says what is wrong with a
    /// candidate (empty: acceptable).
    struct NamePrompt
    {
        QString title;
        QString label;
        QString text;
        QStringList choices;
        std::function<QString(const QString &)> check;
    };
    /// Answers a NamePrompt; nullopt when cancelled. The default shows a dialog; tests answer directly.
    using NameAsker = std::function<std::optional<QString>(const NamePrompt &prompt)>;
    /// Asks a yes/no question before deleting; the default shows a message box.
    using Confirmer = std::function<bool(const QString &title, const QString &question)>;
    /// Where a REST method is duplicated to: a resource of its API and an HTTP verb. `check` says what is wrong
    /// with a choice (empty: acceptable).
    struct MethodCopyPrompt
    {
        QString title;
        QString label;
        QStringList resources; ///< the API's resource paths
        QStringList methods;   ///< every HTTP verb
        QString resource;      ///< proposed
        QString method;        ///< proposed
        std::function<QString(const QString &resource, const QString &method)> check;
    };
    struct MethodCopyTarget
    {
        QString resource;
        QString method;
    };
    /// Answers a MethodCopyPrompt; nullopt when cancelled. The default shows a dialog; tests may answer directly.
    using MethodCopyAsker = std::function<std::optional<MethodCopyTarget>(const MethodCopyPrompt &prompt)>;

    explicit ExplorerPanel(QWidget *parent = nullptr);

    /// The document the Add, Rename, Duplicate and Delete actions edit; without one they stay disabled.
    void setDocument(ProjectDocument *document);
    void setNameAsker(NameAsker asker) { m_asker = std::move(asker); }
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    void setMethodCopyAsker(MethodCopyAsker asker) { m_copyAsker = std::move(asker); }

    /// Add a child to the current item (Insert): a resource under a resource, a route, a stage, ...
    QAction *newItemAction() const { return m_newAction; }
    /// Add a method to the current REST resource (Ctrl+M).
    QAction *newMethodAction() const { return m_newMethodAction; }
    /// F2: also a REST method (another HTTP verb) and an API (its display name).
    QAction *renameAction() const { return m_renameAction; }
    /// Ctrl+D; on a REST method it asks where to (another verb and/or another resource).
    QAction *duplicateAction() const { return m_duplicateAction; }
    QAction *deleteAction() const { return m_deleteAction; }       ///< Delete
    /// Asks for what `kind` needs and adds it to API `apiId` (below `path` for resources and methods) as one edit.
    /// False when cancelled or refused (the reason goes to editReported()).
    bool add(AddKind kind, const QString &apiId, const QString &path = {});
    /// Renames, duplicates or deletes (after confirming) the item of `key` as one edit.
    bool renameItem(const QString &key);
    bool duplicateItem(const QString &key);
    bool deleteItem(const QString &key);
    /// Asks where to copy REST method `key` ("method:API:/pets:GET") and copies it as one edit.
    bool duplicateMethod(const QString &key);
    /// Makes the item of `key` current (selected() follows); false when there is none.
    bool selectKey(const QString &key);

    /// Shows a newly opened project: everything expanded when it is small, the first API selected.
    void setProject(const model::Project &project);
    /// Shows an edited snapshot of the same project, keeping what is expanded and selected.
    void refreshProject(const model::Project &project);
    /// The actions for `index`'s item (empty menu when none apply); the caller owns the menu.
    QMenu *createContextMenu(const QModelIndex &index);
    /// The item with KeyRole `key` ("stage:petstore:prod", "resource:petstore:/pets",
    /// "method:petstore:/pets:GET", "api:petstore", ...), or null.
    QStandardItem *itemForKey(const QString &key) const;
    /// Updates the invoke URLs; `port` 0 means the gateway is not running.
    void setPort(quint16 port);

    QStandardItemModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    /// The selection moved to something of API `apiId`; `stage` is empty when the item is not in a stage.
    void selected(const QString &apiId, const QString &stage);
    /// An invoke URL item was activated (double-click or Enter).
    void urlActivated(const QString &url);
    void enableCorsRequested(const QString &apiId, const QString &resourcePath);
    void deployRequested(const QString &apiId, const QString &stage);
    /// Test `method` `path` (a sample path within the stage) in the CORS Lab.
    void corsLabRequested(const QString &apiId, const QString &stage, const QString &path,
                          const QString &method);
    /// An edit from the Explorer happened or was refused: what it did, what to do next, or why not.
    void editReported(const QString &message);

private:
    void build(const model::Project &project);
    void refreshUrls();
    void updateEditActions();
    void addToCurrent();
    void addMethodToCurrent();
    void renameCurrent();
    void duplicateCurrent();
    void deleteCurrent();
    /// The Add that fits `index` ("Add Resource…" on a resource, "Add Stage…" on a stage or the Stages folder).
    std::optional<AddKind> addKindFor(const QModelIndex &index) const;
    QString addLabel(AddKind kind) const;
    /// Applies an edit made by ProjectEdits on a copy of the document's project, and selects what it names.
    bool apply(const EditOutcome &outcome, const model::Project &after, const QString &fallbackKey);
    std::optional<QString> ask(const NamePrompt &prompt);

    QStandardItemModel *m_model;
    QTreeView *m_view;
    QList<QStandardItem *> m_urlItems; ///< owned by m_model; rebuilt with it
    quint16 m_port = 0;
    model::Project m_project; ///< the snapshot shown
    ProjectDocument *m_document = nullptr;
    NameAsker m_asker;
    Confirmer m_confirmer;
    MethodCopyAsker m_copyAsker;
    QAction *m_newAction;
    QAction *m_newMethodAction;
    QAction *m_renameAction;
    QAction *m_duplicateAction;
    QAction *m_deleteAction;
};

} // namespace gw::ui
