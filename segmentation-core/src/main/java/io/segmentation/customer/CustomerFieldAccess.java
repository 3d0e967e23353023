package io.segmentation.customer;

import io.segmentation.internal.model.CustomerFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

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

    @Override
    public double spent(Customer c, Instant from, Instant to, String aggregate) {
        return c.ledger.sum(c.ledger.firstNotBefore(from), c.ledger.firstNotBefore(to), aggregate);
    }

    @Override
    public double averageSpent(Customer c, Instant from, Instant to, String aggregate) {
        return c.ledger.average(c.ledger.firstNotBefore(from), c.ledger.firstNotBefore(to), aggregate);
    }

    @Override
    public BigDecimal exactSpent(Customer c, Instant from, Instant to, String aggregate) {
        return from == null
                ? c.ledger.exactSum(0, c.ledger.firstAfter(to), aggregate)
                : c.ledger.exactSum(c.ledger.firstNotBefore(from), c.ledger.firstNotBefore(to), aggregate);
    }

    @Override
    public Currency currency(Customer c, Instant from, Instant to, String aggregate) {
        return from == null
                ? c.ledger.currency(0, c.ledger.firstAfter(to), aggregate)
                : c.ledger.currency(c.ledger.firstNotBefore(from), c.ledger.firstNotBefore(to), aggregate);
    }
}
