package io.segmentation.customer;

import io.segmentation.internal.CustomerFields;
import java.time.LocalDate;

/** The engine's allocation-free view of a customer's fields (see {@link CustomerFields}). */
final class CustomerFieldAccess extends CustomerFields {
    @Override
    public LocalDate birthDate(Customer c) {
        return c.birthDate;
    }

    @Override
    public String text(Customer c, Text field) {
        switch (field) {
            case GENDER:
                return c.gender;
            case EDUCATION:
                return c.education;
            case OCCUPATION:
                return c.occupation;
            case COUNTRY:
                return c.country;
            case REGION:
                return c.region;
            case CITY:
                return c.city;
            case POSTAL_CODE:
                return c.postalCode;
            default:
                return c.industry;
        }
    }

    @Override
    public double income(Customer c) {
        return c.income == null ? Double.NaN : c.income.doubleValue();
    }

    @Override
    public double annualRevenue(Customer c) {
        return c.annualRevenue == null ? Double.NaN : c.annualRevenue.doubleValue();
    }

    @Override
    public double companySize(Customer c) {
        return c.companySize == 0 ? Double.NaN : c.companySize;
    }

    @Override
    public GeoPoint location(Customer c) {
        return c.location;
    }
}
