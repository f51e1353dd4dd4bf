package dev.deskrelay.agent.actions.notify;

import java.awt.AWTError;
import java.awt.AWTException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.logging.Logger;

/** A balloon from an icon in the desktop's system tray, where Java can reach one. */
final class TrayNotifier implements Notifier {

    private static final Logger LOG = Logger.getLogger(TrayNotifier.class.getName());
    private static final int ICON_SIZE = 16;

    // added on the first notification and kept: removing it would take its balloon along
    private TrayIcon icon;

    @Override
    public String method() {
        return "tray";
    }

    @Override
    public synchronized boolean show(Notification notification) {
        // asked first, so a machine without a display never loads the AWT toolkit
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        try {
            if (!SystemTray.isSupported()) {
                return false;
            }
            if (icon == null) {
                TrayIcon added = new TrayIcon(image(), "DeskRelay");
                added.setImageAutoSize(true);
                SystemTray.getSystemTray().add(added);
                icon = added;
            }
            icon.displayMessage(notification.title(), notification.hasBody() ? notification.body() : "",
                    TrayIcon.MessageType.INFO);
            return true;
        } catch (AWTException | AWTError | UnsupportedOperationException | SecurityException e) {
            LOG.fine(() -> "no system tray: " + e);
            return false;
        }
    }

    private static Image image() {
        BufferedImage image = new BufferedImage(ICON_SIZE, ICON_SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x2f, 0x6f, 0xeb));
        graphics.fillOval(1, 1, ICON_SIZE - 2, ICON_SIZE - 2);
        graphics.dispose();
        return image;
    }
}
