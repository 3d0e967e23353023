package io.segmentation.customer;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A point on the Earth's surface in decimal degrees (WGS 84), such as a customer's home or last known location.
 *
 * <p>Both coordinates are finite; latitude lies in [-90, 90] and longitude in [-180, 180], bounds included. A negative
 * zero is stored as zero, so that points that compare equal as numbers are equal as points. Instances are immutable.
 *
 * @param latitude degrees north of the equator (negative: south), -90 to 90 inclusive
 * @param longitude degrees east of Greenwich (negative: west), -180 to 180 inclusive
 * @since 0.1.0
 */
public record GeoPoint(double latitude, double longitude) {

    /**
     * Creates a point after checking the coordinates.
     *
     * @throws IllegalArgumentException if a coordinate is not finite or out of range, e.g. "latitude: 91.0 is not
     *     between -90 and 90"
     * @since 0.1.0
     */
    public GeoPoint {
        latitude = coordinate(latitude, 90, "latitude");
        longitude = coordinate(longitude, 180, "longitude");
    }

    /**
     * Returns the point at {@code latitude}, {@code longitude}.
     *
     * @throws IllegalArgumentException if a coordinate is not finite or out of range
     * @since 0.1.0
     */
    public static GeoPoint of(double latitude, double longitude) {
        return new GeoPoint(latitude, longitude);
    }

    private static double coordinate(double value, int bound, String field) {
        double checked = Checks.finite(value, field);
        checkArgument(
                checked >= -bound && checked <= bound, "%s: %s is not between %s and %s", field, value, -bound, bound);
        return checked;
    }
}
