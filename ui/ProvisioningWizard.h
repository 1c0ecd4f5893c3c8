#pragma once
// The wizard window (objectName "provisioningWizard"): the pages, the branching between
// them, and starting over after a restart or a clear. Everything it needs is injected
// through the WizardContext, so a QTest can drive it against the real helper.

#include "WizardContext.h"

#include <QWizard>

namespace tpmprov::ui {

class ProvisioningWizard : public QWizard {
    Q_OBJECT
public:
    explicit ProvisioningWizard(WizardContext* context, QWidget* parent = nullptr);
    WizardContext* context() const { return m_context; }

    // Grabs every page shown (and every error dialog) to DIR/NN-<objectName>.png.
    void setScreenshotDir(const QString& dir);
    // Starts over from "Your TPM" with a fresh read of the TPM (after a restart or clear).
    void startOver();
    // Cancel, Escape and closing the window: ignored while leaving would abandon a sent
    // TakeOwnership (the page's blocksCancel()).
    void reject() override;

private:
    // Back off while the current page runs a step; Cancel off while it blocks cancelling.
    // QWizard re-enables Back on every completeChanged, so this runs after it each time.
    void updateBusyButtons();
    void grab(QWidget* widget, const QString& name);

    WizardContext* m_context;
    QString m_screenshotDir;
    int m_shot = 0;
};

} // namespace tpmprov::ui
