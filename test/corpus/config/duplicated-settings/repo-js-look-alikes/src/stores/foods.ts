import { ref } from 'vue';

export const draft = ref({ id: '', name: '', slug: '', description: '', onHand: false });
export const blank = { id: '', name: '', slug: '', description: '' };
