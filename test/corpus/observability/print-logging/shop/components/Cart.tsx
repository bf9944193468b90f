import React, { useEffect, useState } from 'react';

export function Cart({ id }: { id: string }) {
  const [items, setItems] = useState<string[]>([]);
  useEffect(() => {
    fetch(`/api/carts/${id}`)
      .then((r) => r.json())
      .then(setItems)
      // ok: observability/print-logging
      .catch((err) => console.error('cart load failed', err));
  }, [id]);
  return <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>;
}
