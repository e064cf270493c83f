package org.guildhall.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.guildhall.access.InvalidField;
import org.junit.jupiter.api.Test;

class PhotosTest {

    @Test
    void an_image_is_cropped_to_a_square_and_re_encoded_as_jpeg() throws IOException {
        var resized = Photos.resized(image(1200, 500, "png"));
        var read = ImageIO.read(new ByteArrayInputStream(resized));
        assertThat(read.getWidth()).isEqualTo(Photos.SIZE);
        assertThat(read.getHeight()).isEqualTo(Photos.SIZE);
        assertThat(resized[0] & 0xff).isEqualTo(0xff); // JPEG starts with FF D8
        assertThat(resized[1] & 0xff).isEqualTo(0xd8);
    }

    @Test
    void what_is_not_a_small_enough_image_is_the_photo_fields_error() throws IOException {
        assertThatThrownBy(() -> Photos.resized("<svg onload=alert(1)>".getBytes()))
                .isInstanceOf(InvalidField.class).hasMessageContaining("not a JPEG, PNG or GIF");
        assertThatThrownBy(() -> Photos.resized(new byte[Photos.MAX_BYTES + 1]))
                .isInstanceOf(InvalidField.class).hasMessageContaining("larger than 5 MB");
        assertThatThrownBy(() -> Photos.resized(new byte[0])).isInstanceOf(InvalidField.class);
        var bmp = image(10, 10, "bmp");
        assertThatThrownBy(() -> Photos.resized(bmp)).isInstanceOf(InvalidField.class);
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
