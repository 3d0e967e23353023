package io.segmentation.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void of_keeps_coordinates() {
        GeoPoint berlin = GeoPoint.of(52.52, 13.405);

        assertThat(berlin.latitude()).isEqualTo(52.52);
        assertThat(berlin.longitude()).isEqualTo(13.405);
    }

    @Test
    void accepts_bounds_inclusive() {
        assertThat(GeoPoint.of(-90, -180)).isEqualTo(new GeoPoint(-90.0, -180.0));
        assertThat(GeoPoint.of(90, 180).latitude()).isEqualTo(90.0);
    }

    @Test
    void latitude_rejects_out_of_range() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoPoint.of(90.5, 0))
                .withMessage("latitude: 90.5 is not between -90 and 90");
    }

    @Test
    void longitude_rejects_out_of_range() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoPoint.of(0, -180.1))
                .withMessage("longitude: -180.1 is not between -180 and 180");
    }

    @Test
    void rejects_non_finite_coordinates() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoPoint.of(Double.NaN, 0))
                .withMessage("latitude: NaN is not finite");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoPoint.of(0, Double.POSITIVE_INFINITY))
                .withMessage("longitude: Infinity is not finite");
    }

    @Test
    void negative_zero_equals_zero() {
        assertThat(GeoPoint.of(-0.0, -0.0)).isEqualTo(GeoPoint.of(0.0, 0.0));
    }

    @Test
    void equals_is_structural() {
        new EqualsTester()
                .addEqualityGroup(GeoPoint.of(52.52, 13.405), new GeoPoint(52.52, 13.405))
                .addEqualityGroup(GeoPoint.of(52.52, 13.4))
                .addEqualityGroup(GeoPoint.of(48.85, 13.405))
                .addEqualityGroup(GeoPoint.of(0, 0), GeoPoint.of(-0.0, 0))
                .testEquals();
    }

    @Test
    void public_methods_reject_null() {
        NullPointerTester tester = new NullPointerTester();
        tester.testAllPublicStaticMethods(GeoPoint.class);
        tester.testAllPublicConstructors(GeoPoint.class);
        tester.testAllPublicInstanceMethods(GeoPoint.of(1, 2));
    }
}
