package org.guildhall.people;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import net.coobird.thumbnailator.Thumbnails;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;

/**
 * Profile photos: an upload is checked (size, that it really is a JPEG, PNG or GIF image, its
 * dimensions), cropped to a square, resized and stored as JPEG, so nothing a person uploaded is ever
 * served as is. Photos are read under the profile's access rule.
 */
@ApplicationScoped
public class Photos {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_PIXELS = 40_000_000;
    public static final int SIZE = 256;

    @PersistenceContext
    EntityManager em;

    @Inject
    Profiles profiles;

    @Inject
    AccessPolicy access;

    @Inject
    Clock clock;

    @Transactional
    public PersonPhoto upload(Viewer viewer, String username, byte[] upload) {
        var person = profiles.find(username);
        access.requireCanEdit(viewer, person);
        var jpeg = resized(upload);
        var photo = em.find(PersonPhoto.class, person.id());
        if (photo == null) {
            photo = new PersonPhoto(person.id(), "image/jpeg", jpeg, clock.instant());
            em.persist(photo);
        } else {
            photo.replace("image/jpeg", jpeg, clock.instant());
        }
        return photo;
    }

    @Transactional
    public void remove(Viewer viewer, String username) {
        var person = profiles.find(username);
        access.requireCanEdit(viewer, person);
        var photo = em.find(PersonPhoto.class, person.id());
        if (photo != null) {
            em.remove(photo);
        }
    }

    @Transactional
    public Optional<PersonPhoto> of(Viewer viewer, String username) {
        var person = profiles.find(username);
        access.requireCanSee(viewer, person);
        return Optional.ofNullable(em.find(PersonPhoto.class, person.id()));
    }

    /** Whether each of these people has a photo, for lists that show faces (one query). */
    public java.util.Set<Long> withPhoto(java.util.Collection<Long> personIds) {
        return personIds.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(em.createQuery(
                "select p.personId from PersonPhoto p where p.personId in :ids", Long.class)
                .setParameter("ids", personIds).getResultList());
    }

    static byte[] resized(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new InvalidField("photo", "Choose an image to upload.");
        }
        if (upload.length > MAX_BYTES) {
            throw new InvalidField("photo", "The photo is larger than 5 MB. Choose a smaller one.");
        }
        BufferedImage image;
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            var readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw notAnImage();
            }
            var reader = readers.next();
            var format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
            if (!format.equals("jpeg") && !format.equals("png") && !format.equals("gif")) {
                throw notAnImage();
            }
            reader.setInput(in);
            // Check the dimensions before decoding: a small file can claim a huge image.
            if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                throw new InvalidField("photo", "The image has too many pixels. Choose one under 40 megapixels.");
            }
            image = reader.read(0);
            reader.dispose();
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidField refusal) {
                throw refusal;
            }
            throw notAnImage();
        }
        try {
            var out = new ByteArrayOutputStream();
            Thumbnails.of(toRgb(image)).crop(net.coobird.thumbnailator.geometry.Positions.CENTER)
                    .size(SIZE, SIZE).outputFormat("jpg").outputQuality(0.85).toOutputStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw notAnImage();
        }
    }

    /** JPEG has no transparency: paint transparent pixels white instead of black. */
    private static BufferedImage toRgb(BufferedImage image) {
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static InvalidField notAnImage() {
        return new InvalidField("photo", "That file is not a JPEG, PNG or GIF image.");
    }
}
