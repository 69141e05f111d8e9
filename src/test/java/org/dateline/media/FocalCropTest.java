package org.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.dateline.media.FocalCrop.Area;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crops around a focal point: the arithmetic, then real files cut by {@link Photos#crops}. */
class FocalCropTest {
  @TempDir Path media;

  @Test
  void a_wide_photo_cropped_to_a_narrower_shape_keeps_its_height_and_centres_on_the_point() {
    // 3000 x 1000 to 16:9: 1777 x 1000 (the full height); the point at 60 % across is 1800.
    Area area = FocalCrop.around(3000, 1000, 16, 9, 0.6, 0.5);

    assertThat(area).isEqualTo(new Area(912, 0, 1777, 1000));
    assertThat(area.left() + area.width() / 2.0)
        .isCloseTo(1800, org.assertj.core.data.Offset.offset(1.0));
  }

  @Test
  void a_tall_photo_cropped_to_a_wide_shape_keeps_its_width_and_centres_on_the_point() {
    // 600 x 1200 to 1.91:1 (1200:630): 600 x 315; the point at 25 % down is 300.
    Area area = FocalCrop.around(600, 1200, 1200, 630, 0.5, 0.25);

    assertThat(area).isEqualTo(new Area(0, 143, 600, 315));
  }

  @Test
  void a_point_near_an_edge_slides_the_crop_back_inside_the_photo() {
    assertThat(FocalCrop.around(3000, 1000, 16, 9, 0.98, 0.5).left()).isEqualTo(3000 - 1777);
    assertThat(FocalCrop.around(3000, 1000, 16, 9, 0.02, 0.5).left()).isZero();
    assertThat(FocalCrop.around(600, 1200, 1200, 630, 0.5, 1.0).top()).isEqualTo(1200 - 315);
    assertThat(FocalCrop.around(600, 1200, 1200, 630, 0.5, -3).top()).isZero();
  }

  @Test
  void a_photo_already_in_the_shape_is_kept_whole_wherever_the_point_is() {
    assertThat(FocalCrop.around(1600, 900, 16, 9, 0.1, 0.9)).isEqualTo(new Area(0, 0, 1600, 900));
  }

  @Test
  void not_a_number_is_the_centre_and_empty_sizes_are_refused() {
    assertThat(FocalCrop.around(3000, 1000, 16, 9, Double.NaN, 0.5))
        .isEqualTo(FocalCrop.around(3000, 1000, 16, 9, 0.5, 0.5));
    assertThatThrownBy(() -> FocalCrop.around(0, 1000, 16, 9, 0.5, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_stored_crops_centre_on_the_focal_point_and_not_on_the_middle() {
    // A white photo with a red disc at 60 % across, 50 % down.
    BufferedImage picture = new BufferedImage(3000, 1000, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 3000, 1000);
    g.setColor(Color.RED);
    g.fillOval(1800 - 60, 500 - 60, 120, 120);
    g.dispose();
    Photos photos = new Photos(media);
    StoredPhoto stored = photos.store(PhotosTest.jpeg(picture));
    // Stored at 2400 x 800: the disc is at (1440, 400), 48 pixels across.

    StoredCrops around = photos.crops(stored.src(), 0.6, 0.5);
    StoredCrops middle = photos.crops(stored.src(), 0.5, 0.5);

    assertThat(around.card().src()).isNotEqualTo(middle.card().src());
    for (StoredPhoto crop : new StoredPhoto[] {around.card(), around.thumb()}) {
      BufferedImage file = read(crop.src());
      assertThat(file.getWidth()).isEqualTo(crop.width());
      assertThat(file.getHeight()).isEqualTo(crop.height());
      assertThat(isRed(file.getRGB(file.getWidth() / 2, file.getHeight() / 2)))
          .as("centre of %s", crop.src())
          .isTrue();
    }
    assertThat(around.card().width()).isEqualTo(1200);
    assertThat(around.card().height()).isEqualTo(630);
    assertThat(around.thumb().width()).isEqualTo(640);
    assertThat(around.thumb().height()).isEqualTo(360);
    BufferedImage centred = read(middle.thumb().src());
    assertThat(isRed(centred.getRGB(centred.getWidth() / 2, centred.getHeight() / 2))).isFalse();
    assertThat(media.resolve(stored.src().substring("/media/".length()))).exists();
  }

  @Test
  void a_real_photo_is_cut_where_the_crop_arithmetic_says() throws IOException {
    // A real photo (the demo's container ship, 1200 x 675), made portrait: 400 x 675.
    BufferedImage ship;
    try (InputStream in = getClass().getResourceAsStream("/demo/img/port-container-ship.jpg")) {
      ship = ImageIO.read(in).getSubimage(500, 0, 400, 675);
    }
    BufferedImage portrait = new BufferedImage(400, 675, BufferedImage.TYPE_INT_RGB);
    portrait.createGraphics().drawImage(ship, 0, 0, null);
    Photos photos = new Photos(media);
    StoredPhoto stored = photos.store(PhotosTest.jpeg(portrait));
    BufferedImage master = read(stored.src());

    StoredPhoto top = photos.crops(stored.src(), 0.5, 0.1).card();
    StoredPhoto bottom = photos.crops(stored.src(), 0.5, 0.9).card();

    Area topArea = FocalCrop.around(400, 675, 1200, 630, 0.5, 0.1);
    Area bottomArea = FocalCrop.around(400, 675, 1200, 630, 0.5, 0.9);
    assertThat(topArea.top()).isZero();
    assertThat(bottomArea.top()).isEqualTo(675 - 210);
    BufferedImage topFile = read(top.src());
    BufferedImage bottomFile = read(bottom.src());
    assertThat(topFile.getWidth()).isEqualTo(400);
    assertThat(topFile.getHeight()).isEqualTo(210);
    // Each crop looks like its own part of the photo more than like the other part.
    assertThat(difference(topFile, master, topArea))
        .isLessThan(difference(topFile, master, bottomArea));
    assertThat(difference(bottomFile, master, bottomArea))
        .isLessThan(difference(bottomFile, master, topArea));
  }

  @Test
  void only_a_photo_stored_here_is_cropped() {
    Photos photos = new Photos(media);
    assertThatThrownBy(() -> photos.crops("/media/../etc/passwd.jpg", 0.5, 0.5))
        .isInstanceOf(PhotoRejected.class);
    assertThatThrownBy(() -> photos.crops("/media/photo-0123456789abcdef0123-800.jpg", 0.5, 0.5))
        .isInstanceOf(PhotoRejected.class);
  }

  private BufferedImage read(String src) {
    try {
      return ImageIO.read(media.resolve(src.substring("/media/".length())).toFile());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean isRed(int rgb) {
    Color c = new Color(rgb);
    return c.getRed() > 200 && c.getGreen() < 80 && c.getBlue() < 80;
  }

  /** The mean difference of grey levels between a crop and an area of the photo. */
  private static double difference(BufferedImage crop, BufferedImage photo, Area area) {
    long sum = 0;
    for (int y = 0; y < crop.getHeight(); y++) {
      for (int x = 0; x < crop.getWidth(); x++) {
        sum +=
            Math.abs(grey(crop.getRGB(x, y)) - grey(photo.getRGB(area.left() + x, area.top() + y)));
      }
    }
    return (double) sum / (crop.getWidth() * crop.getHeight());
  }

  private static int grey(int rgb) {
    return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
  }
}
