#pragma once
// The wizard window (objectName "provisioningWizard"): the pages, the branching between
// them, and starting over after a restart or a clear. Everything it needs is injected
// through the WizardContext, so a QTest can drive it against the real helper.

#include "WizardContext.h"

#include <QIcon>
#include <QWizard>

namespace tpmprov::ui {

class ProvisioningWizard : public QWizard {
    Q_OBJECT
public:
    explicit ProvisioningWizard(WizardContext* context, QWidget* parent = nullptr);
    WizardContext* context() const { return m_context; }
    // The theme's icon, else the one built in.
    static QIcon applicationIcon();

    // Grabs every page shown (and every error dialog) to DIR/NN-<objectName>.png.
    void setScreenshotDir(const QString& dir);
    // Starts over from "Your TPM" with a fresh read of the TPM (after a restart or clear).
    void startOver();
    // Cancel, Escape and closing the window: ignored while leaving would abandon a sent
    // TakeOwnership (the page's blocksCancel()).
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    // The size the pages would like, bounded by the screen's available area (less the
    // window frame), so the button row is always on screen; the pages scroll instead.
    void fitToScreen();
    // Back off while the current page runs a step; Cancel off while it blocks cancelling.
    // QWizard re-enables Back on every completeChanged, so this runs after it each time.
    void updateBusyButtons();
    void grab(QWidget* widget, const QString& name);

    WizardContext* m_context;
    bool m_fitted = false;
    QString m_screenshotDir;
    int m_shot = 0;
};

} // namespace tpmprov::ui
