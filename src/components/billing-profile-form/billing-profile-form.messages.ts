/** The form's words: field labels and the localized validation message of each rule. */
import { msg, str } from '@lit/localize';
import { BILLING_MAX_LENGTH, type BillingField, type BillingFieldError } from '../../model/billing.js';

export function fieldLabel(field: BillingField): string {
  switch (field) {
    case 'companyName':
      return msg('Company name');
    case 'firstName':
      return msg('First name');
    case 'lastName':
      return msg('Last name');
    case 'email':
      return msg('Email');
    case 'phoneNumber':
      return msg('Phone number');
    case 'defaultAddress.country':
      return msg('Country or region');
    case 'defaultAddress.region':
      return msg('Region');
    case 'defaultAddress.state':
      return msg('State or province');
    case 'defaultAddress.city':
      return msg('City');
    case 'defaultAddress.addressLine1':
      return msg('Address line 1');
    case 'defaultAddress.addressLine2':
      return msg('Address line 2');
    case 'defaultAddress.addressLine3':
      return msg('Address line 3');
    case 'defaultAddress.postalCode':
      return msg('Postal code');
    case 'culture':
      return msg('Culture (e.g. en-US)');
    case 'language':
      return msg('Language (e.g. en)');
  }
}

export function fieldErrorMessage(error: BillingFieldError): string {
  switch (error.code) {
    case 'required':
      return msg('This field is required.');
    case 'company-name-too-short':
      return msg('A company name needs more than one character.');
    case 'company-name-no-letters':
      return msg('A company name needs letters or digits, not only spaces or punctuation.');
    case 'email-malformed':
      return msg('Enter an email address like name@example.com.');
    case 'phone-malformed':
      return msg('A phone number may contain only digits, spaces and + ( ) - .');
    case 'too-long':
      return msg(str`At most ${BILLING_MAX_LENGTH[error.field] ?? 0} characters.`);
    case 'country-unknown':
      return msg('Choose a country from the list.');
    case 'control-character':
      return msg('Remove the control characters (tabs, line breaks) from this field.');
  }
}
