import { expect } from '@open-wc/testing';
import { canonical } from '../../src/adapter/canonical.js';

describe('canonical', () => {
  it('sorts object keys at every depth and leaves undefined members out', () => {
    expect(canonical({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).to.equal(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('reads undefined as null elsewhere, as JSON does, and scalars as JSON', () => {
    expect(canonical([undefined, null, 'x', 1.5, true])).to.equal('[null,null,"x",1.5,true]');
    expect(canonical(undefined)).to.equal('null');
  });

  it('reads a Blob by its type and size', () => {
    expect(canonical({ logo: new Blob(['abc'], { type: 'image/png' }) })).to.equal(
      '{"logo":Blob(image/png, 3)}',
    );
  });
});
