package org.guildhall.web.notification;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.guildhall.notification.Inbox;
import org.guildhall.notification.MailQueue;
import org.guildhall.notification.NotificationKind;
import org.guildhall.notification.UnsubscribeTokens;
import org.guildhall.web.view.Languages;
import org.guildhall.web.view.Messages;
import org.guildhall.web.view.Templates;

/**
 * Sends the mail the notifications wait for, through WildFly's mail session
 * ({@code java:jboss/mail/guildhall}, its SMTP server set by {@code GUILDHALL_SMTP_*}). Every
 * few seconds it takes the recipients with mail due and sends each one mail: a single
 * notification, several that came together, or their digest, grouped by network. Nothing here
 * runs in a user's request. Without {@code GUILDHALL_SMTP_HOST} mail is off and nothing is sent.
 */
@ApplicationScoped
public class MailWorker {

    private static final Logger LOG = Logger.getLogger(MailWorker.class);
    private static final int RECIPIENTS_PER_ROUND = 50;
    /** At most this many notifications are listed in one mail; the rest are counted. */
    static final int LISTED = 30;

    @Resource(lookup = "java:jboss/mail/guildhall")
    Session session;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailQueue queue;

    @Inject
    Sentences sentences;

    @Inject
    Messages messages;

    @Inject
    Templates templates;

    @Inject
    UnsubscribeTokens unsubscribe;

    @Inject
    @ConfigProperty(name = "guildhall.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "guildhall.smtp.host")
    java.util.Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "guildhall.smtp.username")
    java.util.Optional<String> username;

    @Inject
    @ConfigProperty(name = "guildhall.smtp.password")
    java.util.Optional<String> password;

    @Inject
    @ConfigProperty(name = "guildhall.mail.from", defaultValue = "Guildhall <guildhall@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "guildhall.mail.poll-seconds", defaultValue = "10")
    int pollSeconds;

    private ScheduledFuture<?> poll;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (smtpHost.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info("Mail is off: GUILDHALL_SMTP_HOST is not set, so notifications are shown in the app only");
            return;
        }
        poll = scheduler.scheduleWithFixedDelay(this::sendDue, pollSeconds, pollSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
    }

    void sendDue() {
        try {
            for (var recipient : queue.dueRecipients(RECIPIENTS_PER_ROUND)) {
                var batch = queue.claim(recipient);
                if (batch.ids().isEmpty()) {
                    continue;
                }
                try {
                    send(batch);
                    queue.sent(batch.ids());
                } catch (MessagingException | java.io.UnsupportedEncodingException | RuntimeException e) {
                    LOG.warnf("Could not mail %s; will retry: %s", batch.recipient().username(), e.getMessage());
                    queue.failed(batch.ids(), e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not send notification mail; will retry", e);
        }
    }

    private void send(MailQueue.Batch batch) throws MessagingException, java.io.UnsupportedEncodingException {
        var shown = batch.shown();
        var kinds = shown.stream().map(s -> s.notification().kind()).distinct().toList();
        var unsubscribeUrl = baseUrl + "/unsubscribe?token="
                + unsubscribe.tokenFor(batch.recipient(), kinds.size() == 1 ? kinds.get(0) : null);
        var locale = Languages.of(batch.recipient());
        var subject = subject(batch, locale);
        var groups = byNetwork(shown, locale);

        var message = new MimeMessage(timed());
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(batch.recipient().email(), batch.recipient().displayName(), "UTF-8"));
        message.setSubject(subject, "UTF-8");
        message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");

        var text = new MimeBodyPart();
        text.setText(plainText(subject, groups, shown.size(), unsubscribeUrl, locale), "UTF-8");
        var html = new MimeBodyPart();
        var model = new LinkedHashMap<String, Object>();
        model.put("subject", subject);
        model.put("person", batch.recipient());
        model.put("groups", groups);
        model.put("more", Math.max(0, shown.size() - LISTED));
        model.put("base", baseUrl);
        model.put("unsubscribe", unsubscribeUrl);
        model.put("kindAlone", kinds.size() == 1 ? kinds.get(0).code() : null);
        html.setContent(templates.render("mail/notifications", model, locale), "text/html; charset=UTF-8");
        var alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
        message.saveChanges();
        if (username.isEmpty()) {
            Transport.send(message);
        } else {
            Transport.send(message, username.get(), password.orElse(""));
        }
    }

    /**
     * WildFly's session with time limits on connecting and talking to the server: without them a
     * server that stops answering would hold the sender forever.
     */
    private Session timed() {
        var properties = new java.util.Properties();
        properties.putAll(session.getProperties());
        for (var protocol : List.of("smtp", "smtps")) {
            properties.putIfAbsent("mail." + protocol + ".connectiontimeout", "10000");
            properties.putIfAbsent("mail." + protocol + ".timeout", "30000");
            properties.putIfAbsent("mail." + protocol + ".writetimeout", "30000");
        }
        return Session.getInstance(properties);
    }

    private String subject(MailQueue.Batch batch, Locale locale) {
        var shown = batch.shown();
        var count = messages.get(locale, "mail.count", shown.size());
        if (batch.isDigest()) {
            boolean weekly = shown.stream().allMatch(s -> s.notification().delivery() == org.guildhall.notification.Delivery.WEEKLY);
            return messages.get(locale, weekly ? "mail.subject.weekly" : "mail.subject.daily", count);
        }
        return shown.size() == 1 ? sentences.of(shown.get(0), locale) : messages.get(locale, "mail.subject.many", count);
    }

    /** One line of a mail: its sentence, where it leads, when. */
    public record Line(String text, String url, String when, NotificationKind kind) {
    }

    /** The first {@link #LISTED} notifications, by network (those in no network last), in order. */
    private Map<String, List<Line>> byNetwork(List<Inbox.Shown> shown, Locale locale) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC);
        var groups = new LinkedHashMap<String, List<Line>>();
        shown.stream().limit(LISTED).sorted(java.util.Comparator.comparing(s -> s.notification().network() == null))
                .forEach(s -> groups.computeIfAbsent(s.notification().network() == null ? messages.get(locale, "mail.elsewhere")
                        : s.notification().network().name(), k -> new ArrayList<>())
                        .add(new Line(sentences.of(s, locale), baseUrl + NotificationLinks.path(s),
                                messages.get(locale, "mail.when", when.format(s.notification().createdAt())),
                                s.notification().kind())));
        return groups;
    }

    private String plainText(String subject, Map<String, List<Line>> groups, int total, String unsubscribeUrl, Locale locale) {
        var text = new StringBuilder(subject).append("\n\n");
        groups.forEach((network, lines) -> {
            text.append(network).append("\n");
            lines.forEach(line -> text.append("- ").append(line.text()).append("\n  ").append(line.url()).append("\n"));
            text.append("\n");
        });
        if (total > LISTED) {
            text.append(messages.get(locale, "mail.text.more", total - LISTED, baseUrl + "/notifications")).append("\n\n");
        }
        text.append(messages.get(locale, "mail.text.settings", baseUrl + "/notifications/settings")).append("\n");
        text.append(messages.get(locale, "mail.text.unsubscribe", unsubscribeUrl)).append("\n");
        return text.toString();
    }
}
