
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's03aa3cfb08dff960': `Tagi`,
's11d09b801e2480f8': `Odsprzedawca w chmurze`,
's41706a202b6c40f1': `Domena`,
's441ff41dcdcd8aaf': `Nazwa firmy`,
's7fb7e126de9db483': `Doradca`,
's8d342ecaa9e75b9b': `Relacja`,
's947f21967d65c480': `Marketplace`,
'sb183c4775d847bdb': `Odsprzedawca pośredni`,
'sb525b0c69ae5e5f2': `Usługi online`,
'sbcd36c950cf0cd3c': `Brak relacji`,
'sbd006a7f969f80a0': `Azure`,
'sd6e4fcb3a3ca465e': `Nazwa domeny podstawowej`,
'sde8fe19092dc7e40': `Identyfikator Microsoft`,
'sfec0c302ab140e30': `Oprogramowanie`,
    };
  