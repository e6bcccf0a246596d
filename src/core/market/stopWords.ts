/**
 * Words that carry no need, in the seven languages the import reads (ca, es, en, fr, de, it, pt),
 * folded (lower case, accents off): left out when free answers are counted.
 */
const LISTS = [
  // ca
  "el la els les un una uns unes i o de del dels a al als en amb per perque que qui com no si mes molt molts molta poc es son ha han hi ho ja tambe pero aquest aquesta aquests aquestes meu meva seu seva nostre nostra vostre me te se ens us lo",
  // es
  "el la los las un una unos unas y o de del al en con por para que quien como no si mas muy mucho mucha poco es son ha han hay ya tambien pero este esta estos estas mi su nuestro nuestra me te se nos os lo le les sin sobre entre",
  // en
  "the a an and or of to in on at for with by from that this these those it its is are was were be been has have had do does did not no yes but so if as we you they he she i me my our your their them us more most very much many can could would should will just also than then there here about all any some",
  // fr
  "le la les un une des et ou de du au aux en avec pour par que qui comme ne pas si plus tres est sont a ont il elle nous vous ils elles je mon ma mes notre votre leur leurs ce cette ces se sur dans",
  // de
  "der die das ein eine einer eines und oder von zu im in am an auf fur mit durch dass wer wie nicht kein ja aber wenn als mehr sehr viel viele ist sind war hat haben ich du er sie es wir ihr mein unser euer sich auch noch nur den dem des",
  // it
  "il lo la i gli le un uno una e o di del della dei al alla in con per che chi come non si piu molto molti poco e sono ha hanno anche ma se questo questa questi mio mia suo sua nostro nostra mi ti ci vi da",
  // pt
  "o a os as um uma uns umas e ou de do da dos das ao em no na nos nas com por para que quem como nao sim mais muito muitos pouco e sao tem ja tambem mas este esta estes estas meu minha seu sua nosso nossa me te se lhe",
];

export const STOP_WORDS: ReadonlySet<string> = new Set(LISTS.flatMap((l) => l.split(" ")));
