
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'customer-count-few': str`${0} klienci`,
'customer-count-many': str`${0} klientów`,
'customer-count-one': str`${0} klient`,
'customer-count-other': str`${0} klienta`,
's01924e0434d0960b': str`Zaznacz ${0}`,
's03aa3cfb08dff960': `Tagi`,
's06f2a08a35511e69': `Nie ma jeszcze klientów.`,
's09d21b5d44da2bc0': `Nie udało się załadować kolejnych klientów.`,
's0a571b770afa181e': `Klienci`,
's0f2ba0bb72e9e976': `Wyszukaj według`,
's11d09b801e2480f8': `Odsprzedawca w chmurze`,
's1c13a840a4f88a76': str`Pokaż tylko klientów partnera ${0}`,
's1f9dc6e37172fc23': `Wszystkie relacje`,
's2a1aecadd1cab1b0': `Brak źródła danych: ustaw właściwość adapter lub udostępnij adapter przez kontekst.`,
's2c8189544e3ea679': `Ponów`,
's41706a202b6c40f1': `Domena`,
's441ff41dcdcd8aaf': `Nazwa firmy`,
's565ad3d15ef035a8': `Zaznacz dokładnie jednego klienta, aby złożyć zamówienie.`,
's58bfb494feb8eb02': str`Zaznaczono: ${0}`,
's5f4586bc1e2740e6': `Wyczyść wyszukiwanie`,
's6ce0cb19e201b153': `Tag`,
's6ebc9bd6feae62a3': `Ładowanie…`,
's7f7c365f4174a33c': `Brak klientów pasujących do tych filtrów.`,
's7fb7e126de9db483': `Doradca`,
's8d342ecaa9e75b9b': `Relacja`,
's8f18916860db5d80': `Wyczyść zaznaczenie`,
's9249cbe7e5f86e07': `Dodaj filtr tagu…`,
's947f21967d65c480': `Marketplace`,
's98ce297c72f5b04b': `Zarządzaj tagami`,
's9f081b8c30e654d8': `Ładowanie klientów…`,
'sa69c00a004b24307': str`Usuń filtr tagu ${0}`,
'sac1439681d327ca5': `Nowe zamówienie`,
'sb183c4775d847bdb': `Odsprzedawca pośredni`,
'sb525b0c69ae5e5f2': `Usługi online`,
'sbcd36c950cf0cd3c': `Brak relacji`,
'sbd006a7f969f80a0': `Azure`,
'sbfa523087879a57f': `Nie udało się załadować klientów.`,
'sc771fb2bacd2953e': str`Zaznacz wszystkich pasujących klientów (${0})`,
'sc783bbcdbbd5efd4': `Szukaj klientów`,
'sca91f29527b7c9a5': `Dokładny identyfikator Microsoft`,
'sd6e4fcb3a3ca465e': `Nazwa domeny podstawowej`,
'sdc305ab3504e35cb': str`Usuń filtr odsprzedawcy ${0}`,
'sde8fe19092dc7e40': `Identyfikator Microsoft`,
'se253299d8c90f409': `Wyczyść filtry`,
'se9d59862c4a8b9bf': str`Brak klientów pasujących do „${0}”.`,
'seade33d579d466f3': `Zaznacz co najmniej jednego klienta, aby zarządzać jego tagami.`,
'sebf4dcb0999597b3': `Polecenia`,
'sf5726673d133ba49': str`Ponowna próba za ${0} s…`,
'sf9bf61655e3c5066': `Zaczyna się od…`,
'sfb3fcdafbf960132': `Eksportuj klientów`,
'sfec0c302ab140e30': `Oprogramowanie`,
    };
  